using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Shipping.Contracts;

namespace ModularShop.Modules.Ordering.Features.Fulfilment;

/// <summary>The parcel came back: the order is returned and its money given back.</summary>
internal sealed class RefundWhenReturned(FulfilmentProcess fulfilment) : IIntegrationEventHandler<ShipmentReturned>
{
    public async Task HandleAsync(ShipmentReturned message, CancellationToken cancellationToken) =>
        await fulfilment.ReturnedAsync(await fulfilment.LoadAsync(message.OrderId, cancellationToken), message);
}
