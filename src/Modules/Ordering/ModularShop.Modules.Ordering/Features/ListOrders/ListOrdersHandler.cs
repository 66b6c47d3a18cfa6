using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.Modules.Ordering.Persistence;

namespace ModularShop.Modules.Ordering.Features.ListOrders;

internal sealed class ListOrdersHandler(OrderingDbContext db) : IRequestHandler<ListOrders, OrderPage>
{
    public async Task<OrderPage> Handle(ListOrders request, CancellationToken cancellationToken)
    {
        var orders = db.Orders.AsNoTracking().Where(order => order.CustomerId == request.CustomerId);
        var total = await orders.CountAsync(cancellationToken);

        // Order ids are version 7 UUIDs, made at checkout: on SQLite and PostgreSQL they sort by the millisecond
        // they were made in, which a timestamp with an offset does not on SQLite (it is kept there as text).
        var page = await orders
            .Include(order => order.Lines)
            .OrderByDescending(order => order.Id)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .ToListAsync(cancellationToken);
        return new OrderPage(page.Select(OrderView.From).ToList(), request.Page, request.PageSize, total);
    }
}
