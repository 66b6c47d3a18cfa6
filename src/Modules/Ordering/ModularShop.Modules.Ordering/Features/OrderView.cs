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
    DateTimeOffset? CancelledAt)
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
            order.CancelledAt);
}

internal sealed record OrderLineView(Guid ProductId, string Sku, string Name, decimal UnitPrice, int Quantity, decimal LineTotal);
