namespace ModularShop.Modules.Shipping.Contracts;

/// <summary>The parcel came back to the shop: the customer sent it back, or the carrier could not deliver it.</summary>
public sealed record ShipmentReturned(Guid OrderId, DateTimeOffset ReturnedAt)
{
    public const string MessageName = "shipping.shipment-returned.v1";
}
