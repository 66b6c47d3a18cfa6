namespace ModularShop.ArchitectureTests.Violations.Billing.Contracts;

/// <summary>Breaks "a stable versioned name": no version.</summary>
public sealed record InvoicePaid(Guid InvoiceId)
{
    public const string MessageName = "billing.invoice-paid";
}
