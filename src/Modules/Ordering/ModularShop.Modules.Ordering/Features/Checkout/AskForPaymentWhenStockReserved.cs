using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Features.Checkout;

/// <summary>Stock is held: ask Payments to authorize. Held for an order already cancelled: give it back.</summary>
internal sealed class AskForPaymentWhenStockReserved(CheckoutProcess checkout) : IIntegrationEventHandler<StockReserved>
{
    public async Task HandleAsync(StockReserved message, CancellationToken cancellationToken)
    {
        var order = await checkout.LoadAsync(message.OrderId, cancellationToken);
        if (order.MarkStockReserved(checkout.Now))
        {
            await checkout.AskForPaymentAsync(order, cancellationToken);
        }
        else if (order.Status == OrderStatus.Cancelled)
        {
            await checkout.ReleaseStockAsync(order);
        }
    }
}
