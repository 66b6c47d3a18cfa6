using ModularShop.ArchitectureTests.Contracts;
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
    public void An_upcast_from_another_message_is_caught() =>
        MessageRules.UpcastsReadTheVersionBefore(Billing).ShouldBe(
            ["InvoiceRefundedV2.Upcast reads InvoiceRaised (billing.invoice-raised.v1); an upcast into billing.invoice-refunded.v2 reads billing.invoice-refunded.v1 of the same contracts."]);

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

    /// <summary>What Billing and Shipping "had published" before the code of the fixture changed.</summary>
    private const string PublishedByTheFixture = """
        {
          "billing.invoice-cancelled.v1": { "owner": "Billing", "handledBy": [], "fields": { "invoiceId": "Guid" } },
          "billing.invoice-raised.v1": { "owner": "Billing", "handledBy": ["Shipping"], "fields": { "invoiceId": "string" } },
          "billing.invoice-sent.v1": { "owner": "Billing", "handledBy": [], "fields": {}, "retired": "2026-11-02: no invoice-sent in flight" },
          "shipping.parcel-shipped.v1": { "owner": "Shipping", "handledBy": ["Billing"], "fields": { "parcelId": "Guid", "carrier": "string" } }
        }
        """;

    [Fact]
    public void A_change_to_a_published_message_that_is_not_additive_is_caught()
    {
        var published = PublishedMessages.Read(PublishedByTheFixture);
        var current = CurrentMessage.In(ViolatingModules.All);
        string[] expected =
        [
            "billing.invoice-cancelled.v1 was published and is gone from the code; keep it, and its handlers, until none is in flight, then mark it retired in docs/published-messages.json.",
            "billing.invoice-raised.v1: invoiceId was string and is Guid; a change that is not additive is a new message, billing.invoice-raised.v2, handled beside billing.invoice-raised.v1 until no billing.invoice-raised.v1 is in flight.",
            "billing.invoice-sent.v1 is marked retired in docs/published-messages.json but is still in Billing's contracts.",
            "shipping.parcel-shipped.v1: carrier (string) was removed; a change that is not additive is a new message, shipping.parcel-shipped.v2, handled beside shipping.parcel-shipped.v1 until no shipping.parcel-shipped.v1 is in flight.",
            "shipping.parcel-shipped.v1: trackingCode (string) is new and required, and a message from an older version has none; make it nullable or give it a default, or publish a new version.",
            "shipping.parcel-shipped.v1 was handled by Billing, which handles it no longer; a handler stays until the message is retired, since an older version may still send it.",
        ];

        ContractRules.PublishedMessagesStayCompatible(published, current).ShouldBe(expected);

        // What ./build.sh docs writes records the optional note and nothing that would hide a violation.
        var recorded = published.With(current);
        recorded.Messages["shipping.parcel-shipped.v1"].Fields.ShouldBe([("parcelId", "Guid"), ("carrier", "string"), ("note", "string?")]);
        ContractRules.PublishedMessagesStayCompatible(recorded, current).ShouldBe(expected);
    }

    /// <summary>What Shipping "had published" of the messages it later broke into a v2, and one it retired.</summary>
    private const string PublishedBeforeTheV2s = """
        {
          "shipping.parcel-delivered.v1": { "owner": "Shipping", "handledBy": ["Billing"], "fields": { "parcelId": "Guid", "deliveredTo": "string" } },
          "shipping.parcel-lost.v1": { "owner": "Shipping", "handledBy": ["Billing"], "fields": { "parcelId": "Guid" }, "retired": "2026-10-01: no parcel-lost since release 3" },
          "shipping.parcel-returned.v1": { "owner": "Shipping", "handledBy": ["Billing"], "fields": { "parcelId": "Guid", "reason": "string" } }
        }
        """;

    [Fact]
    public void A_version_that_is_not_retired_must_keep_its_handler_beside_the_next_one()
    {
        var published = PublishedMessages.Read(PublishedBeforeTheV2s);
        var current = CurrentMessage.In(ViolatingModules.All);

        ContractRules.PublishedMessagesStayCompatible(published, current).ShouldBe(
        [
            "shipping.parcel-delivered.v1 was handled by Billing, which now handles shipping.parcel-delivered.v2 and not shipping.parcel-delivered.v1; until shipping.parcel-delivered.v1 is retired, keep its handler or give shipping.parcel-delivered.v2 an upcast from it (Upcast), since an older version may still send it.",
        ]);
        current.Single(message => message.Name == "shipping.parcel-returned.v1").HandledBy.ShouldBe(["Billing"], "Billing reads v1 as v2 through the upcast");
    }
}
