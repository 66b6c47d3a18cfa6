using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Shipping.Contracts;

namespace ModularShop.Modules.Ordering.Features.Fulfilment;

/// <summary>The parcel never left: its goods go back on the shelf.</summary>
internal sealed class RestockWhenParcelStopped(FulfilmentProcess fulfilment) : IIntegrationEventHandler<ShipmentCancelled>
{
    public async Task HandleAsync(ShipmentCancelled message, CancellationToken cancellationToken) => await fulfilment.StoppedAsync(message);
}
