using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Ordering.Domain;
using ModularShop.Modules.Payments.Contracts;

namespace ModularShop.Modules.Ordering.Features.Checkout;

/// <summary>Paid: the order is confirmed and its stock leaves the shop. Paid too late, for a cancelled order: void it.</summary>
internal sealed class ConfirmWhenPaymentAuthorized(CheckoutProcess checkout) : IIntegrationEventHandler<PaymentAuthorized>
{
    public async Task HandleAsync(PaymentAuthorized message, CancellationToken cancellationToken)
    {
        var order = await checkout.LoadAsync(message.OrderId, cancellationToken);
        if (order.Status == OrderStatus.Cancelled)
        {
            await checkout.VoidPaymentAsync(order);
            return;
        }

        await checkout.ConfirmAsync(order);
    }
}
