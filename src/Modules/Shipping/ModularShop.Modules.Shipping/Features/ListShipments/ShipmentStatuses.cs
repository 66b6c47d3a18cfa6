using ModularShop.Modules.Shipping.Domain;

namespace ModularShop.Modules.Shipping.Features.ListShipments;

/// <summary>The status a caller names in the list's filter: a status's name in any case, never its number.</summary>
internal static class ShipmentStatuses
{
    public static ShipmentStatus? Parse(string name) =>
        Enum.GetNames<ShipmentStatus>().FirstOrDefault(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase)) is { } found
            ? Enum.Parse<ShipmentStatus>(found)
            : null;
}
