using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Ordering.Domain;
using ModularShop.Modules.Payments.Contracts;

namespace ModularShop.Modules.Ordering.Features.Checkout;

/// <summary>No money is held for the order: it is cancelled with Payments' reason and its stock is given back.</summary>
internal sealed class CancelWhenPaymentRefused(CheckoutProcess checkout) : IIntegrationEventHandler<PaymentRefused>
{
    public async Task HandleAsync(PaymentRefused message, CancellationToken cancellationToken)
    {
        var order = await checkout.LoadAsync(message.OrderId, cancellationToken);
        await checkout.CancelAsync(order, CancellationCause.PaymentRefused, message.Reason, stockMayBeHeld: true, paymentMayBeHeld: false, cancellationToken);
    }
}
