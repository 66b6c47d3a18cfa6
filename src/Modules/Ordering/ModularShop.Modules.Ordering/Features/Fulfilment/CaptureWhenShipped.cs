using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Shipping.Contracts;

namespace ModularShop.Modules.Ordering.Features.Fulfilment;

/// <summary>The goods have left: the order is shipped, with its tracking, and its payment is captured.</summary>
internal sealed class CaptureWhenShipped(FulfilmentProcess fulfilment) : IIntegrationEventHandler<ShipmentShipped>
{
    public async Task HandleAsync(ShipmentShipped message, CancellationToken cancellationToken) =>
        await fulfilment.ShippedAsync(await fulfilment.LoadAsync(message.OrderId, cancellationToken), message);
}
