namespace ModularShop.Modules.Ordering.Domain;

/// <summary>Where the order's parcel stands, as Shipping last told it.</summary>
internal enum ShipmentProgress
{
    /// <summary>Asked for at confirmation; not packed yet.</summary>
    Waiting,

    Packed,

    Shipped,

    Returned,

    /// <summary>The order was cancelled before its parcel left.</summary>
    Cancelled,
}
