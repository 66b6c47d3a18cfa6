using MediatR;

namespace ModularShop.Modules.Ordering.Features.ListRecentOrders;

/// <summary>
/// The shop's latest orders for an operations console: how many are in each status, and the newest of them, of one
/// status when <see cref="Status"/> is given.
/// </summary>
internal sealed record ListRecentOrders(string? Status, int Limit) : IRequest<RecentOrders>;

/// <summary>
/// <see cref="Counted"/> of the latest orders, at most <see cref="ListRecentOrdersHandler.RecentWindow"/>; every status
/// of an order with how many of them are in it, zero included; and the newest of them, newest first.
/// </summary>
internal sealed record RecentOrders(int Counted, IReadOnlyList<OrderStatusCount> ByStatus, IReadOnlyList<RecentOrderView> Orders);

internal sealed record OrderStatusCount(string Status, int Count);

internal sealed record RecentOrderView(
    Guid Id,
    string CustomerId,
    string Status,
    decimal Total,
    string Currency,
    string? CancellationReason,
    DateTimeOffset PlacedAt,
    DateTimeOffset UpdatedAt);
