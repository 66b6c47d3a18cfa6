using System.Net;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>Catalog and Cart cooperating through the outbox bus, seen only through HTTP as a customer and an admin see it.</summary>
public sealed class PriceChangesReachCartsTests : IAsyncLifetime
{
    private TestShop _shop = null!;

    public async Task InitializeAsync()
    {
        _shop = await TestShop.StartAsync(settings => settings.SeedDemoProducts = true);
        await Demo.WaitUntilCartKnowsTheCatalogAsync(_shop.Database);
    }

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task When_an_admin_changes_a_price_every_cart_follows()
    {
        using var alice = _shop.Customer("alice");
        using var bob = _shop.Customer("bob");
        await alice.PostRawAsync("/cart", $$"""{"item_id": "{{DemoProducts.HandGrinder}}", "quantity": 2}""");
        await bob.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.HandGrinder, quantity = 1 });
        await bob.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.Kettle, quantity = 1 });

        var change = await _shop.Admin().PutJsonAsync($"/api/catalog/products/{DemoProducts.HandGrinder}/price", new { price = 39.90m });
        change.StatusCode.ShouldBe(HttpStatusCode.OK);

        var aliceCart = await Eventually.Until(() => CartOf(alice), cart => cart.Lines.Single().UnitPrice == 39.90m, "Alice's cart to show the new price");
        var bobCart = await Eventually.Until(() => CartOf(bob), cart => cart.Lines.Single(line => line.ProductId == DemoProducts.HandGrinder).UnitPrice == 39.90m, "Bob's cart to show the new price");
        aliceCart.Total.ShouldBe(79.80m);
        bobCart.Total.ShouldBe(39.90m + 64.00m);
    }

    [Fact]
    public async Task A_product_an_admin_adds_can_soon_be_put_in_a_cart()
    {
        var created = await (await _shop.Admin().PostJsonAsync("/api/catalog/products", new { sku = "NEW-ARRIVAL", name = "New Arrival", price = 5.55m })).ReadAsync<ProductBody>();
        using var carla = _shop.Customer("carla");

        await Eventually.Until(
            async () => (await carla.PostRawAsync("/cart", $$"""{"item_id": "{{created.Id}}", "quantity": 1}""")).IsSuccessStatusCode,
            "Cart to accept the new product");

        (await CartOf(carla)).Lines.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            line => line.Name.ShouldBe("New Arrival"),
            line => line.UnitPrice.ShouldBe(5.55m));
    }

    [Fact]
    public async Task A_price_change_whose_transaction_rolls_back_never_reaches_a_cart()
    {
        // The database refuses this one update, as a constraint or a failing disk would, after the event was queued.
        _shop.Database.RefuseWrites("refuse_price_4242", "catalog", "products", "UPDATE OF price_cents", "NEW.price_cents = 4242");

        using var dora = _shop.Customer("dora");
        await dora.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.Dripper, quantity = 1 });
        await dora.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.Canister, quantity = 1 });
        using var admin = _shop.Admin();

        var refused = await admin.PutJsonAsync($"/api/catalog/products/{DemoProducts.Dripper}/price", new { price = 42.42m });
        var accepted = await admin.PutJsonAsync($"/api/catalog/products/{DemoProducts.Canister}/price", new { price = 21.21m });

        refused.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cart = await Eventually.Until(() => CartOf(dora), cart => cart.Lines.Single(line => line.ProductId == DemoProducts.Canister).UnitPrice == 21.21m, "the accepted change in the cart");
        cart.Lines.Single(line => line.ProductId == DemoProducts.Dripper).UnitPrice.ShouldBe(22.00m);
        (await (await _shop.Anonymous().GetAsync($"/api/catalog/products/{DemoProducts.Dripper}")).ReadAsync<ProductBody>()).Price.ShouldBe(22.00m);
        using var check = _shop.OpenDatabase();
        check.Scalar($"SELECT count(*) FROM {_shop.Database.EnvelopeTable("wolverine_incoming_envelopes")} WHERE {_shop.Database.Text("body")} LIKE '%42.42%'").ShouldBe(0);
    }

    private static async Task<CartBody> CartOf(HttpClient customer) => await (await customer.GetAsync("/api/cart")).ReadAsync<CartBody>();
}
