using System.Net;
using ModularShop.Modules.Catalog.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Catalog.Tests.Features;

/// <summary>
/// The event and the change it announces are one transaction. The database itself is made to refuse a write
/// (a trigger), exactly as a constraint or a full disk would, and the event must vanish with the change.
/// </summary>
public sealed class OutboxAtomicityTests : IAsyncLifetime
{
    private TestShop _shop = null!;

    public async Task InitializeAsync() => _shop = await TestShop.StartAsync();

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task A_product_whose_transaction_rolls_back_is_neither_stored_nor_announced()
    {
        _shop.Database.RefuseWrites("refuse_rollback_sku", "catalog", "products", "INSERT", "NEW.sku = 'ROLLBACK-ME'");

        using var admin = _shop.Admin();
        var refused = await admin.PostJsonAsync("/api/catalog/products", new { sku = "ROLLBACK-ME", name = "Never", price = 1m });
        var accepted = await admin.PostJsonAsync("/api/catalog/products", new { sku = "AFTER-ROLLBACK", name = "After", price = 2m });

        refused.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await refused.ReadProblemAsync()).Detail!.ShouldNotContain("refused by the test");
        accepted.StatusCode.ShouldBe(HttpStatusCode.Created);

        var announced = await Eventually.Until(
            () => _shop.PublishedAsync<ProductCreated>(),
            events => events.Any(e => e.Sku == "AFTER-ROLLBACK"),
            "the accepted product to be announced");
        announced.ShouldNotContain(e => e.Sku == "ROLLBACK-ME");
        var search = await (await _shop.Anonymous().GetAsync("/api/catalog/products?search=ROLLBACK-ME")).ReadAsync<ProductPageBody>();
        search.Total.ShouldBe(0);
        using var check = _shop.OpenDatabase();
        check.Scalar($"SELECT count(*) FROM {_shop.Database.EnvelopeTable("wolverine_outgoing_envelopes")}").ShouldBe(0);
        check.Scalar($"SELECT count(*) FROM {_shop.Database.EnvelopeTable("wolverine_incoming_envelopes")} WHERE {_shop.Database.Text("body")} LIKE '%ROLLBACK-ME%'").ShouldBe(0);
    }
}
