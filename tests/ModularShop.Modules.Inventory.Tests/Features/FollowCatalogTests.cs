using ModularShop.Modules.Catalog.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Inventory.Tests.Features;

/// <summary>Inventory opens a stock record for every product Catalog announces.</summary>
public sealed class FollowCatalogTests(InventoryShop fixture) : IClassFixture<InventoryShop>
{
    private readonly TestShop _shop = fixture.Shop;

    // Ids as text, so that each row stays a test case of its own.
    public static TheoryData<string, string, int> DemoStock { get; } = new()
    {
        { DemoProducts.CeramicMug.ToString(), "MUG-CERAMIC-350", 50 },
        { DemoProducts.Kettle.ToString(), "KETTLE-GOOSE-1L", 0 },
        { DemoProducts.BurrGrinder.ToString(), "GRINDER-BURR", 0 },
        { DemoProducts.Teapot.ToString(), "TEAPOT-CAST-800", 2 },
        { DemoProducts.GiftCard.ToString(), "GIFTCARD-25", 1000 },
    };

    [Theory]
    [MemberData(nameof(DemoStock))]
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
