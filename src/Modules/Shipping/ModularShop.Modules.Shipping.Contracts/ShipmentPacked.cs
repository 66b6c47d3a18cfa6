namespace ModularShop.Modules.Shipping.Contracts;

/// <summary>The parcel is packed and waits for the carrier.</summary>
public sealed record ShipmentPacked(Guid OrderId, DateTimeOffset PackedAt)
{
    public const string MessageName = "shipping.shipment-packed.v1";
}
