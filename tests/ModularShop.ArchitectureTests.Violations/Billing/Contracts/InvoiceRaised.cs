using MediatR;

namespace ModularShop.ArchitectureTests.Violations.Billing.Contracts;

/// <summary>Breaks "Contracts reference nothing but the BCL": it is a MediatR notification.</summary>
public sealed record InvoiceRaised(Guid InvoiceId) : INotification
{
    public const string MessageName = "billing.invoice-raised.v1";
}
