using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Features;

internal sealed record OrderView(
    Guid Id,
    string Status,
    IReadOnlyList<OrderLineView> Lines,
    decimal Total,
    string Currency,
    string? CancellationReason,
    DeliveryAddress? ShippingAddress,
    DateTimeOffset PlacedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset? CancelledAt,
    ShipmentView? Shipment)
{
    public static OrderView From(Order order) =>
        new(
            order.Id,
            order.Status.ToString(),
            order.Lines.Select(line => new OrderLineView(line.ProductId, line.Sku, line.Name, line.UnitPrice, line.Quantity, line.LineTotal)).ToList(),
            order.Total,
            order.Currency,
            order.CancellationReason,
            order.ShipTo,
            order.PlacedAt,
            order.UpdatedAt,
            order.ConfirmedAt,
            order.CancelledAt,
            order.Shipment is { } progress
                ? new ShipmentView(progress.ToString(), order.Carrier, order.TrackingNumber, order.PackedAt, order.ShippedAt, order.ReturnedAt)
                : null);
}

internal sealed record OrderLineView(Guid ProductId, string Sku, string Name, decimal UnitPrice, int Quantity, decimal LineTotal);

/// <summary>The order's parcel; none until the order is confirmed.</summary>
internal sealed record ShipmentView(string Status, string? Carrier, string? TrackingNumber, DateTimeOffset? PackedAt, DateTimeOffset? ShippedAt, DateTimeOffset? ReturnedAt);
