namespace ModularShop.Modules.Shipping.Domain;

internal enum ShipmentStatus
{
    /// <summary>The order is confirmed; nobody has packed it yet.</summary>
    Waiting,

    /// <summary>The parcel is packed and waits for the carrier.</summary>
    Packed,

    /// <summary>The carrier has the parcel.</summary>
    Shipped,

    /// <summary>The parcel came back to the shop.</summary>
    Returned,

    /// <summary>The order will not be fulfilled: nothing is sent, or was ever to be.</summary>
    Cancelled,
}
