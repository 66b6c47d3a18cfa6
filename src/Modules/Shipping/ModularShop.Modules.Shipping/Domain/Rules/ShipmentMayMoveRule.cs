using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Shipping.Domain.Rules;

/// <summary>
/// The only ways a shipment moves: Waiting → Packed → Shipped → Returned, or to Cancelled while it is still in the
/// shop (Waiting or Packed). A parcel is packed before it is shipped, so every shipped one was announced packed.
/// </summary>
internal sealed class ShipmentMayMoveRule(Guid orderId, ShipmentStatus from, ShipmentStatus to) : IBusinessRule
{
    public bool IsBroken() => !Allows(from, to);

    public string Message => $"The shipment of order '{orderId}' is {from}; it cannot be {to.ToString().ToLowerInvariant()}{(from == to ? " again" : "")}.";

    public static bool Allows(ShipmentStatus from, ShipmentStatus to) => (from, to) switch
    {
        (ShipmentStatus.Waiting, ShipmentStatus.Packed) => true,
        (ShipmentStatus.Packed, ShipmentStatus.Shipped) => true,
        (ShipmentStatus.Shipped, ShipmentStatus.Returned) => true,
        (ShipmentStatus.Waiting or ShipmentStatus.Packed, ShipmentStatus.Cancelled) => true,
        _ => false,
    };
}
