using ModularShop.BuildingBlocks.Configuration;
using ModularShop.Modules.Catalog.Contracts;
using ModularShop.Testing;
using ModularShop.Testing.Telemetry;

namespace ModularShop.EndToEndTests.Upgrades;

/// <summary>
/// The operator's step of the breaking change in docs/upgrades.md: Catalog sends price changes as v1, the settings
/// file switches it to v2 while customers' carts hold the product, and carts, then the order placed from one,
/// follow every change either side of the switch.
/// </summary>
public sealed class PriceChangedSwitchTests
{
    [Fact]
    public async Task Carts_and_the_order_placed_from_one_follow_the_price_before_and_after_catalog_switches_to_v2()
    {
        using var file = new TestSettingsFile(PriceChangedVersion(1));
        await using var shop = await Demo.StartShopAsync(settings => settings.Values["SettingsFile"] = file.Path);
        using var changes = new ShopMeasurements(shop);
        await Demo.WaitUntilInventoryStocksTheCatalogAsync(shop.Database);
        using var customer = shop.Customer("ravi");
        using var admin = shop.Admin();
        (await customer.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.Sencha, quantity = 2 })).EnsureSuccessStatusCode();

        (await admin.PutJsonAsync($"/api/catalog/products/{DemoProducts.Sencha}/price", new { price = 9.10m })).EnsureSuccessStatusCode();
        await UntilTheCartShowsAsync(customer, 9.10m);
        file.Write(PriceChangedVersion(2));
        await Eventually.Until(
            () => changes.Total(SettingsChanges.Instrument, (SettingsChanges.SettingsAttribute, "Modules:Catalog"), (SettingsChanges.OutcomeAttribute, SettingsChanges.Applied)) >= 1,
            "Catalog to take the switch to v2");
        (await admin.PutJsonAsync($"/api/catalog/products/{DemoProducts.Sencha}/price", new { price = 8.40m })).EnsureSuccessStatusCode();
        await UntilTheCartShowsAsync(customer, 8.40m);
        var orderId = await Checkout.PlaceAsync(customer, "tok_visa");

        var order = await Checkout.FinalStateAsync(customer, orderId);

        order.Status.ShouldBe("Confirmed");
        order.Lines.ShouldHaveSingleItem().UnitPrice.ShouldBe(8.40m);
        order.Total.ShouldBe(16.80m);
        shop.Database.Count("cart", "processed_messages", $"message_type = '{ProductPriceChanged.MessageName}'").ShouldBe(1);
        shop.Database.Count("cart", "processed_messages", $"message_type = '{ProductPriceChangedV2.MessageName}'").ShouldBe(1);
    }

    private static object PriceChangedVersion(int version) => new { Modules = new { Catalog = new { PriceChangedVersion = version } } };

    private static Task UntilTheCartShowsAsync(HttpClient customer, decimal unitPrice) =>
        Eventually.Until(
            async () => (await (await customer.GetAsync("/api/cart")).ReadAsync<CartBody>()).Lines.Single().UnitPrice == unitPrice,
            $"the cart to show {unitPrice}");
}
