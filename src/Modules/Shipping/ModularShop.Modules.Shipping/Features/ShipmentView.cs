using ModularShop.Modules.Shipping.Domain;

namespace ModularShop.Modules.Shipping.Features;

/// <summary>A shipment as the API shows it.</summary>
internal sealed record ShipmentView(
    Guid OrderId,
    string Status,
    IReadOnlyList<ShipmentLineView> Lines,
    DeliveryAddress? ShipTo,
    string? Carrier,
    string? TrackingNumber,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PackedAt,
    DateTimeOffset? ShippedAt,
    DateTimeOffset? ReturnedAt,
    DateTimeOffset? CancelledAt,
    string? CancellationReason)
{
    public static ShipmentView From(Shipment shipment) =>
        new(
            shipment.OrderId,
            shipment.Status.ToString(),
            shipment.Lines.OrderBy(line => line.Number).Select(line => new ShipmentLineView(line.ProductId, line.Sku, line.Name, line.Quantity)).ToList(),
            shipment.ShipTo,
            shipment.Carrier,
            shipment.TrackingNumber,
            shipment.CreatedAt,
            shipment.PackedAt,
            shipment.ShippedAt,
            shipment.ReturnedAt,
            shipment.CancelledAt,
            shipment.CancellationReason);
}

internal sealed record ShipmentLineView(Guid ProductId, string Sku, string Name, int Quantity);
