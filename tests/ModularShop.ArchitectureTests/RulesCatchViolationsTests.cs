using ModularShop.ArchitectureTests.Rules;

namespace ModularShop.ArchitectureTests;

/// <summary>
/// Each rule against ModularShop.ArchitectureTests.Violations, whose Billing and Shipping break every rule on
/// purpose: a rule that finds nothing there would pass on anything.
/// </summary>
public sealed class RulesCatchViolationsTests
{
    private static readonly ModuleParts Billing = ViolatingModules.Billing;

    [Fact]
    public void Using_another_modules_implementation_is_caught() =>
        ReferenceRules.UsesNoOtherImplementation(Billing, [ViolatingModules.Shipping, .. KnownModules.Parts])
            .ShouldBe(["ModularShop.ArchitectureTests.Violations.Billing.Features.RaiseInvoice.RaiseInvoiceHandler (Billing) uses another module's implementation or the host."]);

    [Fact]
    public void Contracts_that_depend_on_more_than_the_bcl_are_caught() =>
        ReferenceRules.ContractsUseOnlyTheBcl(Billing)
            .ShouldBe(["ModularShop.ArchitectureTests.Violations.Billing.Contracts.InvoiceRaised (Billing's contracts) depends on more than the BCL."]);

    [Fact]
    public void Messages_that_are_not_sealed_records_or_lack_a_versioned_name_are_caught() =>
        MessageRules.MessagesAreSealedRecordsWithVersionedNames(Billing).ShouldBe(
            [
                "InvoicePaid is named 'billing.invoice-paid'; a message name is 'billing.<name>.v<version>'.",
                "InvoiceSent (Billing's contracts) is not a sealed record.",
                "InvoiceVoided (Billing's contracts) is a message without a MessageName.",
            ],
            ignoreOrder: true);

    [Fact]
    public void A_cycle_between_modules_is_caught_unless_it_is_documented()
    {
        var graph = ModuleGraph.Of(ViolatingModules.All);

        graph.Dependencies["Billing"].ShouldBe(["Shipping"]);
        graph.Dependencies["Shipping"].ShouldBe(["Billing"]);
        graph.Cycles([]).ShouldBe(["Billing → Shipping → Billing"]);
        graph.Cycles([new HashSet<string> { "Billing", "Shipping" }]).ShouldBeEmpty();
    }

    [Fact]
    public void A_domain_type_that_knows_ef_core_is_caught() =>
        LayerRules.DomainKnowsNoFramework(Billing).ShouldBe(
            ["ModularShop.ArchitectureTests.Violations.Billing.Domain.Invoice (Billing's domain) depends on Microsoft.EntityFrameworkCore, Wolverine, MediatR, Microsoft.AspNetCore or another framework it must not know."]);

    [Fact]
    public void A_public_handler_dbcontext_entity_or_endpoint_is_caught() =>
        LayerRules.MachineryIsNotPublic(Billing).ShouldBe(
            [
                "Entity Invoice (Billing) is public.",
                "Endpoint RaiseInvoiceEndpoint (Billing) is public.",
                "Handler RaiseInvoiceHandler (Billing) is public.",
                "DbContext BillingDbContext (Billing) is public.",
            ],
            ignoreOrder: true);

    [Fact]
    public void A_table_mapped_into_another_modules_schema_is_caught() =>
        SchemaRules.ModelMapsOnlyItsSchema(Billing).ShouldBe(["BillingDbContext maps ShippingLabel to shipping.labels, outside schema billing."]);

    [Fact]
    public void A_migration_or_sql_naming_another_modules_schema_is_caught() =>
        SchemaRules.NamesNoOtherSchema(Billing, ["billing", "shipping", .. KnownModules.Parts.Select(module => module.Schema)]).ShouldBe(
            [
                "Migration CreateInvoices (Billing) names schema shipping.",
                "Migration CreateInvoices (Billing) runs SQL on schema catalog.",
                "OverdueInvoices (Billing) has SQL naming schema shipping: \"SELECT i.id FROM billing.invoices i JOIN shipping.parcels p ON p.invoice_id = i.id\"",
                "CreateInvoices (Billing) has SQL naming schema catalog: \"UPDATE catalog.products SET price = 0\"",
            ],
            ignoreOrder: true);
}
