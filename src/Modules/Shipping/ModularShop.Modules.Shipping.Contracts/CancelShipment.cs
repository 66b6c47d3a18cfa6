namespace ModularShop.Modules.Shipping.Contracts;

/// <summary>
/// The order will not be fulfilled: do not ship it. A shipment already on its way stays shipped; one not created yet
/// is never created. Sent by whoever cancels the order; answered with <see cref="ShipmentCancelled"/> when it stops the parcel.
/// </summary>
public sealed record CancelShipment(Guid OrderId, string Reason)
{
    public const string MessageName = "shipping.cancel-shipment.v1";
}
