namespace ModularShop.ArchitectureTests.Violations.Billing.Contracts;

/// <summary>Breaks "an upcast reads the version before": it reads another message, InvoiceRaised.</summary>
public sealed record InvoiceRefundedV2(Guid InvoiceId, decimal Amount)
{
    public const string MessageName = "billing.invoice-refunded.v2";

    public static InvoiceRefundedV2 Upcast(InvoiceRaised earlier) => new(earlier.InvoiceId, 0m);
}
