using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Ordering.Domain;
using ModularShop.Modules.Inventory.Contracts;

namespace ModularShop.Modules.Ordering.Features.Checkout;

/// <summary>Inventory could not hold the stock, and held nothing: the order is cancelled with Inventory's reason.</summary>
internal sealed class CancelWhenStockIsShort(CheckoutProcess checkout) : IIntegrationEventHandler<StockReservationFailed>
{
    public async Task HandleAsync(StockReservationFailed message, CancellationToken cancellationToken)
    {
        var order = await checkout.LoadAsync(message.OrderId, cancellationToken);
        await checkout.CancelAsync(order, CancellationCause.OutOfStock, message.Reason, stockMayBeHeld: false, paymentMayBeHeld: false, cancellationToken);
    }
}
