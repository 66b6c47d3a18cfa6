using ModularShop.ArchitectureTests.Violations.Shipping.Contracts;
using ModularShop.BuildingBlocks.Messaging;

namespace ModularShop.ArchitectureTests.Violations.Billing.Features.FollowParcels;

/// <summary>Handles v2 of a parcel's delivery and nothing of v1, which has no upcast: the violation.</summary>
internal sealed class ParcelDeliveredHandler : IIntegrationEventHandler<ParcelDeliveredV2>
{
    public Task HandleAsync(ParcelDeliveredV2 message, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Handles v2 of a parcel's return, and v1 through its upcast: no violation.</summary>
internal sealed class ParcelReturnedHandler : IIntegrationEventHandler<ParcelReturnedV2>
{
    public Task HandleAsync(ParcelReturnedV2 message, CancellationToken cancellationToken) => Task.CompletedTask;
}
