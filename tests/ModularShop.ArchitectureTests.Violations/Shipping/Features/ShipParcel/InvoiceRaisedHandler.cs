using ModularShop.ArchitectureTests.Violations.Billing.Contracts;
using ModularShop.BuildingBlocks.Messaging;

namespace ModularShop.ArchitectureTests.Violations.Shipping.Features.ShipParcel;

/// <summary>Shipping consumes Billing's event while Billing reads Shipping's: the cycle Billing → Shipping → Billing.</summary>
internal sealed class InvoiceRaisedHandler : IIntegrationEventHandler<InvoiceRaised>
{
    public Task HandleAsync(InvoiceRaised message, CancellationToken cancellationToken) => Task.CompletedTask;
}
