using MediatR;

namespace ModularShop.ArchitectureTests.Violations.Billing.Features.RaiseInvoice;

internal sealed record RaiseInvoice(Guid ParcelId) : IRequest<Guid>;
