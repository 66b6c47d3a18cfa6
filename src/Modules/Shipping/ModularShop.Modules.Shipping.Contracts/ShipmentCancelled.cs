namespace ModularShop.Modules.Shipping.Contracts;

/// <summary>
/// The parcel will not leave the shop: its goods are still on the shelf. Published also when the cancellation came
/// before the shipment was created, since the confirmed order's stock was committed all the same.
/// </summary>
public sealed record ShipmentCancelled(Guid OrderId, string Reason, DateTimeOffset CancelledAt)
{
    public const string MessageName = "shipping.shipment-cancelled.v1";
}
