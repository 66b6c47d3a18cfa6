using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.Modules.Ordering.Domain;
using ModularShop.Modules.Ordering.Persistence;

namespace ModularShop.Modules.Ordering.Features.ListRecentOrders;

internal sealed class ListRecentOrdersHandler(OrderingDbContext db) : IRequestHandler<ListRecentOrders, RecentOrders>
{
    /// <summary>
    /// How many of the latest orders are counted and listed. The console asks every few seconds, so each answer reads
    /// at most this many rows, however many orders the shop has and however rare the status asked for is.
    /// </summary>
    public const int RecentWindow = 500;

    public async Task<RecentOrders> Handle(ListRecentOrders request, CancellationToken cancellationToken)
    {
        // Order ids are version 7 UUIDs: newest first by id is newest first by the millisecond they were made in
        // (see ListOrdersHandler).
        var recent = db.Orders.AsNoTracking().OrderByDescending(order => order.Id).Take(RecentWindow);

        var counted = await recent
            .GroupBy(order => order.Status)
            .Select(group => new { Status = group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.Status, group => group.Count, cancellationToken);

        var listed = OrderStatuses.Find(request.Status) is { } status ? recent.Where(order => order.Status == status) : recent;
        var latest = await listed
            .OrderByDescending(order => order.Id)
            .Take(request.Limit)
            .Select(order => new RecentOrderView(
                order.Id,
                order.CustomerId,
                order.Status.ToString(),
                order.Total,
                order.Currency,
                order.CancellationReason,
                order.PlacedAt,
                order.UpdatedAt))
            .ToListAsync(cancellationToken);

        var byStatus = Enum.GetValues<OrderStatus>().Select(each => new OrderStatusCount(each.ToString(), counted.GetValueOrDefault(each))).ToList();
        return new RecentOrders(counted.Values.Sum(), byStatus, latest);
    }
}
