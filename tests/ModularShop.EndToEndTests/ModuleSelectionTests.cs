using System.Net;
using ModularShop.BuildingBlocks.Persistence;
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
        var original = await customer.PostRawAsync("/cart", $$"""{"item_id": "{{DemoProducts.CeramicMug}}", "quantity": 1}""");

        catalog.StatusCode.ShouldBe(HttpStatusCode.OK);
        cart.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        original.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        shop.Database.TablesOf("cart").ShouldBe(0);
        shop.Database.Count("catalog", "products").ShouldBe(DemoProducts.Count);
    }

    [Fact]
    public async Task A_host_without_catalog_serves_carts_that_know_no_products()
    {
        await using var shop = await TestShop.StartAsync(settings => settings.Values["Modules:Catalog:Enabled"] = "false");
        using var customer = shop.Customer("yves");

        var catalog = await shop.Anonymous().GetAsync("/api/catalog/products");
        var add = await customer.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 1 });
        var cart = await customer.GetAsync("/api/cart");

        catalog.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        add.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        cart.StatusCode.ShouldBe(HttpStatusCode.OK);
        shop.Database.TablesOf("catalog").ShouldBe(0);
    }

    [Fact]
    public async Task The_modules_switch_runs_a_service_of_the_named_modules_alone()
    {
        await using var database = await TestDatabase.CreateAsync();
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            // A service keeps its messages in a store of its own, which provisioning for that service creates.
            await using var provision = HostProcess.Start(database, ["--modules", "payments", $"--admin-connection={PostgresTestDatabase.AdminConnectionString}"], command: "db provision");
            (await provision.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(0, provision.Output);
        }

        await using var service = HostProcess.Start(database, ["--modules", "payments"]);
        await service.WaitUntilReadyAsync();
        using var customer = service.Client(TestTokens.For("quinn"));

        (await customer.GetAsync($"/api/payments/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await customer.GetAsync($"/api/payments/{Guid.NewGuid()}")).Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await customer.GetAsync("/api/catalog/products")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        service.Output.ShouldContain("modularshop-payments runs Payments on");
        database.TablesOf("catalog").ShouldBe(0);
        database.TablesOf("payments").ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_module_the_build_does_not_have_stops_the_host_naming_the_setting()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = HostProcess.Start(database, ["--modules", "payments,billing"]);

        (await host.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(1);
        host.Output.ShouldContain("Modules:Run names 'billing', which is not a module of this build; the modules here are cart, catalog, inventory, ordering, payments, shipping.");
    }
}
