using ModularShop.Testing;

namespace ModularShop.Modules.Catalog.Tests.Features;

/// <summary>
/// Catalog keeps its answers to reads for Modules:Catalog:ReadCacheDuration. A change made through this shop is seen
/// by the next read; a change this process did not make (another instance of Catalog, written here straight into
/// the table) is seen once the kept answer expires, and not before.
/// </summary>
public sealed class ReadCacheTests
{
    private const string Sku = "MUG-CERAMIC-350";

    [Fact]
    public async Task A_price_changed_through_the_shop_is_seen_by_the_next_read_of_the_product_and_of_the_page()
    {
        await using var shop = await StartAsync(TimeSpan.FromMinutes(1));
        var product = await ReadDemoProductAsync(shop);
        using var admin = shop.Admin();

        (await admin.PutJsonAsync($"/api/catalog/products/{product.Id}/price", new { price = product.Price + 1 })).EnsureSuccessStatusCode();

        (await ReadDemoProductAsync(shop)).Price.ShouldBe(product.Price + 1);
        (await ReadPageAsync(shop)).Items.Single(item => item.Id == product.Id).Price.ShouldBe(product.Price + 1);
    }

    [Fact]
    public async Task A_change_made_elsewhere_is_not_seen_while_the_answer_is_kept()
    {
        await using var shop = await StartAsync(TimeSpan.FromMinutes(1));
        var product = await ReadDemoProductAsync(shop);
        await ReadPageAsync(shop);

        ChangePriceBehindTheShop(shop, product.Id, cents: 123_45);

        (await ReadDemoProductAsync(shop)).Price.ShouldBe(product.Price);
        (await ReadPageAsync(shop)).Items.Single(item => item.Id == product.Id).Price.ShouldBe(product.Price);
    }

    [Fact]
    public async Task A_change_made_elsewhere_is_seen_once_the_kept_answer_expires()
    {
        await using var shop = await StartAsync(TimeSpan.FromSeconds(1));
        var product = await ReadDemoProductAsync(shop);

        ChangePriceBehindTheShop(shop, product.Id, cents: 123_45);

        await Eventually.Until(async () => (await ReadDemoProductAsync(shop)).Price == 123.45m, "the product's new price", TimeSpan.FromSeconds(15));
        await Eventually.Until(async () => (await ReadPageAsync(shop)).Items.Single(item => item.Id == product.Id).Price == 123.45m, "the page's new price", TimeSpan.FromSeconds(15));
    }

    private static Task<TestShop> StartAsync(TimeSpan kept) => TestShop.StartAsync(settings =>
    {
        settings.SeedDemoProducts = true;
        settings.Values["Modules:Catalog:ReadCacheDuration"] = kept.ToString("c");
    });

    private static async Task<ProductBody> ReadDemoProductAsync(TestShop shop)
    {
        var page = await ReadPageAsync(shop);
        var id = page.Items.Single(item => item.Sku == Sku).Id;
        return await (await shop.Anonymous().GetAsync($"/api/catalog/products/{id}")).ReadAsync<ProductBody>();
    }

    private static async Task<ProductPageBody> ReadPageAsync(TestShop shop) =>
        await (await shop.Anonymous().GetAsync("/api/catalog/products?pageSize=100")).ReadAsync<ProductPageBody>();

    private static void ChangePriceBehindTheShop(TestShop shop, Guid product, long cents)
    {
        // The id as text, whichever way the database stores it.
        using var db = shop.OpenDatabase();
        db.Execute($"UPDATE {shop.Database.Table("catalog", "products")} SET price_cents = {cents} WHERE upper(CAST(id AS TEXT)) = '{product.ToString().ToUpperInvariant()}'");
    }
}
