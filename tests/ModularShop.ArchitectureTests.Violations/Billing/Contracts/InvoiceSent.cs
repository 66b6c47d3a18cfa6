namespace ModularShop.ArchitectureTests.Violations.Billing.Contracts;

/// <summary>Breaks "every message is a sealed record": an open class.</summary>
public class InvoiceSent
{
    public const string MessageName = "billing.invoice-sent.v1";

    public Guid InvoiceId { get; set; }
}
