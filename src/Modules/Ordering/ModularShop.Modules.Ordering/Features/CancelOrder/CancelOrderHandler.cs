using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Ordering.Domain;
using ModularShop.Modules.Ordering.Features.Checkout;
using ModularShop.Modules.Ordering.Features.Fulfilment;
using ModularShop.Modules.Ordering.Persistence;

namespace ModularShop.Modules.Ordering.Features.CancelOrder;

/// <summary>
/// During the checkout, the order is cancelled as a timeout would cancel it; after confirmation, the fulfilment
/// gives the money back and stops a parcel that has not left.
/// </summary>
internal sealed class CancelOrderHandler(IOutbox<OrderingDbContext> outbox, CheckoutProcess checkout, FulfilmentProcess fulfilment)
    : IRequestHandler<CancelOrder, OrderView>
{
    public async Task<OrderView> Handle(CancelOrder request, CancellationToken cancellationToken)
    {
        var order = await outbox.Db.FindOrderAsync(request.OrderId, cancellationToken) ?? throw new NotFoundException("Order", request.OrderId);
        if (!order.CanBeCancelledByAdmin)
        {
            throw new ConflictException($"Order '{order.Id}' is {order.Status} and can no longer be cancelled.");
        }

        var reason = $"Cancelled by an admin: {request.Reason.Trim()}";
        if (order.Status is OrderStatus.Pending or OrderStatus.AwaitingPayment)
        {
            var paymentMayBeHeld = order.Status == OrderStatus.AwaitingPayment;
            await checkout.CancelAsync(order, CancellationCause.ByAdmin, reason, stockMayBeHeld: true, paymentMayBeHeld, cancellationToken);
        }
        else
        {
            await fulfilment.CancelAsync(order, reason);
        }

        try
        {
            await outbox.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException($"Order '{order.Id}' moved on at the same moment; read it again and retry.");
        }

        return OrderView.From(order);
    }
}
