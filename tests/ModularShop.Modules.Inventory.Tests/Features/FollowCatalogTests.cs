using ModularShop.Modules.Catalog.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Inventory.Tests.Features;

/// <summary>Inventory opens a stock record for every product Catalog announces.</summary>
public sealed class FollowCatalogTests(InventoryShop fixture) : IClassFixture<InventoryShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Theory]
    [InlineData("b5e69998-e014-5fbc-be84-e8554702939c", "MUG-CERAMIC-350", 50)]
    [InlineData("db10349f-10a6-54c8-949a-a7f4479f311e", "KETTLE-GOOSE-1L", 0)]
    [InlineData("735c397e-9a2d-5b23-bb33-be160a0b4c07", "GRINDER-BURR", 0)]
    [InlineData("4b27fd70-8081-582a-b139-f289eba29f6c", "TEAPOT-CAST-800", 2)]
    [InlineData("978c0578-d5d0-5b92-9089-a47c4684881b", "GIFTCARD-25", 1000)]
    public async Task The_demo_products_start_with_their_demo_stock(string productId, string sku, int onHand)
    {
        var stock = await _shop.StockOfAsync(Guid.Parse(productId));

        stock.Sku.ShouldBe(sku);
        (stock.OnHand, stock.Reserved, stock.Available).ShouldBe((onHand, 0, onHand));
    }

    [Fact]
    public async Task A_new_product_starts_with_no_stock()
    {
        var productId = Guid.NewGuid();

        await _shop.InboxOf<InventoryModule>().DeliverAsync(Created(productId, "NEW-PRODUCT"));

        (await _shop.StockOfAsync(productId)).ShouldBe(new StockBody(productId, "NEW-PRODUCT", "Product NEW-PRODUCT", 0, 0, 0));
    }

    [Fact]
    public async Task ProductCreated_delivered_twice_opens_one_stock_record()
    {
        var productId = Guid.NewGuid();
        var envelopeId = Guid.NewGuid();

        await _shop.InboxOf<InventoryModule>().DeliverAsync(Created(productId, "CREATED-TWICE"), envelopeId);
        await _shop.InboxOf<InventoryModule>().DeliverAsync(Created(productId, "CREATED-TWICE"), envelopeId);

        _shop.Database.Count("inventory", "stock_items", $"sku = 'CREATED-TWICE'").ShouldBe(1);
        _shop.Database.Count("inventory", "processed_messages", $"message_id = {TestDatabase.Id(envelopeId)}").ShouldBe(1);
    }

    [Fact]
    public async Task A_product_announced_again_keeps_the_stock_it_was_given()
    {
        var productId = Guid.NewGuid();
        await _shop.InboxOf<InventoryModule>().DeliverAsync(Created(productId, "ANNOUNCED-AGAIN"));
        using var admin = _shop.Admin();
        await admin.PutJsonAsync($"/api/inventory/{productId}", new { onHand = 9 });

        await _shop.InboxOf<InventoryModule>().DeliverAsync(Created(productId, "ANNOUNCED-AGAIN"));

        (await _shop.StockOfAsync(productId)).OnHand.ShouldBe(9);
    }

    private static ProductCreated Created(Guid productId, string sku) =>
        new(productId, sku, $"Product {sku}", "", 5m, "EUR", 1, new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
}
