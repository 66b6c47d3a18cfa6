using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Modules.Ordering.Contracts;
using ModularShop.Modules.Ordering.Domain;
using ModularShop.Modules.Ordering.Persistence;
using ModularShop.Modules.Ordering.Telemetry;
using ModularShop.Modules.Payments.Contracts;
using ModularShop.Modules.Shipping.Contracts;

namespace ModularShop.Modules.Ordering.Features.Checkout;

/// <summary>
/// The steps of a checkout: what Ordering asks of Inventory and Payments, the shipment it asks of Shipping once the
/// order is confirmed, the reminders it sets itself, and what it asks back when a checkout is cancelled. Every step is published through the outbox with the order's change, and
/// counted in <see cref="OrderingMetrics"/> once that change has committed.
/// </summary>
internal sealed class CheckoutProcess(IOutbox<OrderingDbContext> outbox, IOptionsMonitor<OrderingOptions> options, TimeProvider clock, OrderingMetrics metrics)
{
    public OrderingDbContext Db => outbox.Db;

    public DateTimeOffset Now => clock.GetUtcNow();

    public Task<Order> LoadAsync(Guid orderId, CancellationToken cancellationToken) => outbox.Db.LoadOrderAsync(orderId, cancellationToken);

    /// <summary>Adds the new order with its card token held apart, and asks Inventory to hold its stock.</summary>
    public async Task PlaceAsync(Order order, string paymentToken)
    {
        outbox.Db.Orders.Add(order);
        outbox.Db.HeldPaymentTokens.Add(new HeldPaymentToken(order.Id, paymentToken));
        outbox.AfterCommit(metrics.Placed);
        await outbox.PublishAsync(new ReserveStock(order.Id, order.Lines.Select(line => new StockLine(line.ProductId, line.Quantity)).ToList()));
        await outbox.ScheduleAsync(new CheckoutStepTimedOut(order.Id, CheckoutStepTimedOut.StockStep), options.CurrentValue.StockReservationTimeout);
    }

    /// <summary>Asks Payments to authorize the order's amount with its card token, which Ordering keeps no longer.</summary>
    public async Task AskForPaymentAsync(Order order, CancellationToken cancellationToken)
    {
        var paymentToken = await TakeHeldPaymentTokenAsync(order.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Order '{order.Id}' holds no card token to ask for its payment with.");
        await outbox.PublishAsync(new AuthorizePayment(order.Id, order.CustomerId, order.Total, order.Currency, paymentToken));
        await outbox.ScheduleAsync(new CheckoutStepTimedOut(order.Id, CheckoutStepTimedOut.PaymentStep), options.CurrentValue.PaymentAuthorizationTimeout);
    }

    public async Task ConfirmAsync(Order order)
    {
        if (order.Confirm(Now))
        {
            outbox.AfterCommit(() => metrics.Confirmed(order));
            await outbox.PublishAsync(new CommitStock(order.Id));
            await outbox.PublishAsync(ShipmentOf(order));
            await outbox.PublishAsync(new OrderConfirmed(order.Id, order.CustomerId, order.Total, order.Currency, Now));
        }
    }

    /// <summary>Cancels the order and asks back whatever may be held for it by now.</summary>
    public async Task CancelAsync(Order order, CancellationCause cause, string reason, bool stockMayBeHeld, bool paymentMayBeHeld, CancellationToken cancellationToken)
    {
        if (!order.Cancel(reason, Now))
        {
            return;
        }

        await TakeHeldPaymentTokenAsync(order.Id, cancellationToken);

        outbox.AfterCommit(() => metrics.Cancelled(order, cause));

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

    private static CreateShipment ShipmentOf(Order order) =>
        new(
            order.Id,
            order.CustomerId,
            order.Lines.Select(line => new ShipmentLine(line.ProductId, line.Sku, line.Name, line.Quantity)).ToList(),
            order.ShipTo is { } to ? new ShipmentAddress(to.Recipient, to.Line1, to.Line2, to.PostalCode, to.City, to.CountryCode) : null);

    public async Task ReleaseStockAsync(Order order) =>
        await outbox.PublishAsync(new ReleaseStock(order.Id, $"Order cancelled: {order.CancellationReason}"));

    public async Task VoidPaymentAsync(Order order) =>
        await outbox.PublishAsync(new VoidPayment(order.Id, order.CustomerId, $"Order cancelled: {order.CancellationReason}"));

    private async Task<string?> TakeHeldPaymentTokenAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var held = await outbox.Db.HeldPaymentTokens.FindAsync([orderId], cancellationToken);
        if (held is null)
        {
            return null;
        }

        outbox.Db.HeldPaymentTokens.Remove(held);
        return held.Token;
    }

    public TimeSpan TimeoutOf(string step) =>
        step == CheckoutStepTimedOut.StockStep ? options.CurrentValue.StockReservationTimeout : options.CurrentValue.PaymentAuthorizationTimeout;
}
