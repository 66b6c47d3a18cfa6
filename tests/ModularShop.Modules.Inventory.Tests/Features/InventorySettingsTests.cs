using ModularShop.Modules.Catalog.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Inventory.Tests.Features;

public sealed class InventorySettingsTests
{
    [Fact]
    public async Task Without_demo_stock_every_product_starts_with_the_configured_initial_stock()
    {
        await using var shop = await TestShop.StartAsync(settings =>
        {
            settings.SeedDemoProducts = true;
            settings.Values["Modules:Inventory:SeedDemoStock"] = "false";
            settings.Values["Modules:Inventory:InitialStockForNewProducts"] = "7";
        });
        await Eventually.Until(() => shop.Database.Count("inventory", "stock_items") == DemoProducts.Count, "Inventory to stock the demo catalog");

        var productId = Guid.NewGuid();
        await shop.InboxOf<InventoryModule>().DeliverAsync(new ProductCreated(productId, "BRAND-NEW", "Brand new", "", 5m, "EUR", 1, DateTimeOffset.UtcNow));

        (await shop.StockOfAsync(DemoProducts.Teapot)).OnHand.ShouldBe(7);
        (await shop.StockOfAsync(DemoProducts.GiftCard)).OnHand.ShouldBe(7);
        (await shop.StockOfAsync(productId)).OnHand.ShouldBe(7);
    }
}
