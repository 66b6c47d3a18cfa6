using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Shipping.Contracts;

namespace ModularShop.Modules.Ordering.Features.Fulfilment;

/// <summary>The parcel is packed: the customer sees it on the order.</summary>
internal sealed class TrackWhenPacked(FulfilmentProcess fulfilment) : IIntegrationEventHandler<ShipmentPacked>
{
    public async Task HandleAsync(ShipmentPacked message, CancellationToken cancellationToken) =>
        fulfilment.Packed(await fulfilment.LoadAsync(message.OrderId, cancellationToken), message);
}
