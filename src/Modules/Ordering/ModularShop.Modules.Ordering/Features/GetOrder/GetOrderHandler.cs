using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.Modules.Ordering.Persistence;

namespace ModularShop.Modules.Ordering.Features.GetOrder;

internal sealed class GetOrderHandler(OrderingDbContext db) : IRequestHandler<GetOrder, OrderView>
{
    public async Task<OrderView> Handle(GetOrder request, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Include(order => order.Lines).SingleOrDefaultAsync(order => order.Id == request.OrderId, cancellationToken);
        if (order is null || (!request.CallerIsAdmin && order.CustomerId != request.CallerId))
        {
            throw new NotFoundException("Order", request.OrderId);
        }

        return OrderView.From(order);
    }
}
