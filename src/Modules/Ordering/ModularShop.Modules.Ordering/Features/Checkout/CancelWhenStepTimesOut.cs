using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Ordering.Contracts;
using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Features.Checkout;

/// <summary>
/// A step got no answer in time. If the order is still waiting on it, it is cancelled, and whatever the late answer
/// may still hold is asked back; the late answer itself is handled when it comes.
/// </summary>
internal sealed class CancelWhenStepTimesOut(CheckoutProcess checkout) : IIntegrationEventHandler<CheckoutStepTimedOut>
{
    public async Task HandleAsync(CheckoutStepTimedOut message, CancellationToken cancellationToken)
    {
        var order = await checkout.LoadAsync(message.OrderId, cancellationToken);
        var waited = checkout.TimeoutOf(message.Step).TotalSeconds;
        switch (message.Step)
        {
            case CheckoutStepTimedOut.StockStep when order.Status == OrderStatus.Pending:
                await checkout.CancelAsync(order, CancellationCause.TimedOut, $"Inventory did not answer within {waited:0.#} s.", stockMayBeHeld: true, paymentMayBeHeld: false, cancellationToken);
                break;
            case CheckoutStepTimedOut.PaymentStep when order.Status == OrderStatus.AwaitingPayment:
                await checkout.CancelAsync(order, CancellationCause.TimedOut, $"The payment was not authorized within {waited:0.#} s.", stockMayBeHeld: true, paymentMayBeHeld: true, cancellationToken);
                break;
        }
    }
}
