namespace ModularShop.ArchitectureTests.Violations.Billing.Contracts;

/// <summary>Breaks "a stable versioned name": a message with no name at all.</summary>
public sealed record InvoiceVoided(Guid InvoiceId);
