namespace ModularShop.ArchitectureTests.Violations.Billing.Persistence;

/// <summary>Breaks "no raw SQL names another module's schema".</summary>
internal static class OverdueInvoices
{
    public const string Sql = "SELECT i.id FROM billing.invoices i JOIN shipping.parcels p ON p.invoice_id = i.id";

    public static string Query() => Sql;
}
