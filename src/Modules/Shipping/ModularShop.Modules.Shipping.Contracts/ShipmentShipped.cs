namespace ModularShop.Modules.Shipping.Contracts;

/// <summary>The carrier has the parcel: the goods have left the shop, and the tracking number follows them.</summary>
public sealed record ShipmentShipped(Guid OrderId, string Carrier, string TrackingNumber, DateTimeOffset ShippedAt)
{
    public const string MessageName = "shipping.shipment-shipped.v1";

    /// <summary>The longest carrier name the shop takes; modules that keep it keep columns this long.</summary>
    public const int MaxCarrierLength = 50;

    /// <summary>The longest tracking number the shop takes; modules that keep it keep columns this long.</summary>
    public const int MaxTrackingNumberLength = 64;
}
