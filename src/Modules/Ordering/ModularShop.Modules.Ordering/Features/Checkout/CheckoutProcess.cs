using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Modules.Ordering.Contracts;
using ModularShop.Modules.Ordering.Domain;
using ModularShop.Modules.Ordering.Persistence;
using ModularShop.Modules.Payments.Contracts;

namespace ModularShop.Modules.Ordering.Features.Checkout;

/// <summary>
/// The steps of a checkout: what Ordering asks of Inventory and Payments, the reminders it sets itself, and what it
/// asks back when an order is cancelled. Every step is published through the outbox with the order's change.
/// </summary>
internal sealed class CheckoutProcess(IOutbox<OrderingDbContext> outbox, IOptions<OrderingOptions> options, TimeProvider clock)
{
    public OrderingDbContext Db => outbox.Db;

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<Order> LoadAsync(Guid orderId, CancellationToken cancellationToken) =>
        await outbox.Db.Orders.Include(order => order.Lines).SingleOrDefaultAsync(order => order.Id == orderId, cancellationToken)
        ?? throw new UnknownOrderException(orderId);

    public async Task AskForStockAsync(Order order)
    {
        await outbox.PublishAsync(new ReserveStock(order.Id, order.Lines.Select(line => new StockLine(line.ProductId, line.Quantity)).ToList()));
        await outbox.ScheduleAsync(new CheckoutStepTimedOut(order.Id, CheckoutStepTimedOut.StockStep), options.Value.StockReservationTimeout);
    }

    public async Task AskForPaymentAsync(Order order, string paymentToken)
    {
        await outbox.PublishAsync(new AuthorizePayment(order.Id, order.CustomerId, order.Total, order.Currency, paymentToken));
        await outbox.ScheduleAsync(new CheckoutStepTimedOut(order.Id, CheckoutStepTimedOut.PaymentStep), options.Value.PaymentAuthorizationTimeout);
    }

    public async Task ConfirmAsync(Order order)
    {
        if (order.Confirm(Now))
        {
            await outbox.PublishAsync(new CommitStock(order.Id));
            await outbox.PublishAsync(new OrderConfirmed(order.Id, order.CustomerId, order.Total, order.Currency, Now));
        }
    }

    /// <summary>Cancels the order and asks back whatever may be held for it by now.</summary>
    public async Task CancelAsync(Order order, string reason, bool stockMayBeHeld, bool paymentMayBeHeld)
    {
        if (!order.Cancel(reason, Now))
        {
            return;
        }

        if (stockMayBeHeld)
        {
            await ReleaseStockAsync(order);
        }

        if (paymentMayBeHeld)
        {
            await VoidPaymentAsync(order);
        }

        await outbox.PublishAsync(new OrderCancelled(order.Id, order.CustomerId, reason, Now));
    }

    public async Task ReleaseStockAsync(Order order) =>
        await outbox.PublishAsync(new ReleaseStock(order.Id, $"Order cancelled: {order.CancellationReason}"));

    public async Task VoidPaymentAsync(Order order) =>
        await outbox.PublishAsync(new VoidPayment(order.Id, order.CustomerId, $"Order cancelled: {order.CancellationReason}"));

    public TimeSpan TimeoutOf(string step) =>
        step == CheckoutStepTimedOut.StockStep ? options.Value.StockReservationTimeout : options.Value.PaymentAuthorizationTimeout;
}

/// <summary>An answer about an order Ordering has not placed (yet): retried, by which time it has been.</summary>
internal sealed class UnknownOrderException(Guid orderId) : Exception($"Order '{orderId}' is not known to Ordering.");
