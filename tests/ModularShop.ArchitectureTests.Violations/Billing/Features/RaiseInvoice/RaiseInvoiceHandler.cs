using MediatR;
using ModularShop.ArchitectureTests.Violations.Billing.Contracts;
using ModularShop.ArchitectureTests.Violations.Shipping;
using ModularShop.ArchitectureTests.Violations.Shipping.Contracts;

namespace ModularShop.ArchitectureTests.Violations.Billing.Features.RaiseInvoice;

/// <summary>
/// Breaks "handlers are not public", and "no module uses another's implementation" (ShippingRates). It reads
/// Shipping's contracts, while Shipping reads Billing's: a cycle.
/// </summary>
public sealed class RaiseInvoiceHandler : IRequestHandler<RaiseInvoice, Guid>
{
    Task<Guid> IRequestHandler<RaiseInvoice, Guid>.Handle(RaiseInvoice request, CancellationToken cancellationToken)
    {
        var shipped = new ParcelShipped(request.ParcelId, "TRACK-1");
        _ = new InvoiceRaised(shipped.ParcelId);
        return Task.FromResult(ShippingRates.For(shipped.ParcelId) > 0 ? Guid.NewGuid() : Guid.Empty);
    }
}
