using System.Net;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>The host runs the modules its configuration names, and nothing of the others.</summary>
public sealed class ModuleSelectionTests
{
    [Fact]
    public async Task A_host_without_cart_serves_the_catalog_and_nothing_of_cart()
    {
        await using var shop = await TestShop.StartAsync(settings =>
        {
            settings.SeedDemoProducts = true;
            settings.Values["Modules:Cart:Enabled"] = "false";
        });
        using var customer = shop.Customer("zoe");

        var catalog = await shop.Anonymous().GetAsync("/api/catalog/products");
        var cart = await customer.GetAsync("/api/cart");
        var original = await customer.PostRawAsync("/cart", $$"""{"item_id": "{{Demo.CeramicMug}}", "quantity": 1}""");

        catalog.StatusCode.ShouldBe(HttpStatusCode.OK);
        cart.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        original.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        shop.Database.TablesOf("cart").ShouldBe(0);
        shop.Database.Count("catalog", "products").ShouldBe(Demo.ProductCount);
    }

    [Fact]
    public async Task A_host_without_catalog_serves_carts_that_know_no_products()
    {
        await using var shop = await TestShop.StartAsync(settings => settings.Values["Modules:Catalog:Enabled"] = "false");
        using var customer = shop.Customer("yves");

        var catalog = await shop.Anonymous().GetAsync("/api/catalog/products");
        var add = await customer.PostJsonAsync("/api/cart/items", new { productId = Demo.CeramicMug, quantity = 1 });
        var cart = await customer.GetAsync("/api/cart");

        catalog.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        add.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        cart.StatusCode.ShouldBe(HttpStatusCode.OK);
        shop.Database.TablesOf("catalog").ShouldBe(0);
    }
}
