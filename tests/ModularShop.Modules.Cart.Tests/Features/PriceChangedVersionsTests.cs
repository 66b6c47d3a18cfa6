using ModularShop.Modules.Cart.Features.FollowCatalog;
using ModularShop.Modules.Catalog.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Cart.Tests.Features;

/// <summary>
/// Cart handles ProductPriceChanged v2, and v1 through its upcast into the same handling, so that this release runs
/// beside a Catalog that still publishes v1, and handles what such a Catalog left in an outbox or a queue.
/// </summary>
public sealed class PriceChangedVersionsTests
{
    [Theory]
    [InlineData(1, ProductPriceChanged.MessageName)]
    [InlineData(2, ProductPriceChangedV2.MessageName)]
    public async Task A_price_change_reaches_carts_whichever_version_catalog_publishes(int version, string messageName)
    {
        await using var shop = await TestShop.StartAsync(settings => settings.Values["Modules:Catalog:PriceChangedVersion"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var productId = await CreateProductAsync(shop, $"PRICE-V{version}", 10m);
        using var admin = shop.Admin();

        (await admin.PutJsonAsync($"/api/catalog/products/{productId}/price", new { price = 8.5m })).EnsureSuccessStatusCode();

        await Eventually.Until(async () => await PriceInCart.OfAsync(shop, productId) == 8.5m, "the new price in the cart");
        shop.Database.Count("cart", "processed_messages", $"message_type = '{messageName}'").ShouldBe(1);
    }

    [Fact]
    public async Task A_v1_left_in_carts_inbox_by_the_release_before_is_handled_after_the_upgrade_as_v2()
    {
        await using var shop = await TestShop.StartAsync();
        var productId = await CreateProductAsync(shop, "PRICE-LEFT-BEHIND", 10m);
        var envelopeId = Guid.CreateVersion7();

        await LeftInTheInbox.StoreAsync(shop.Services, "Cart", envelopeId, ProductPriceChanged.MessageName, $$"""
            {"productId":"{{productId}}","oldPrice":10.00,"price":7.25,"currency":"EUR","version":2,"occurredAt":"2026-11-30T09:00:00+00:00"}
            """);

        await Eventually.Until(async () => await PriceInCart.OfAsync(shop, productId) == 7.25m, "the v1 price in the cart");
        shop.Database.Count("cart", "processed_messages", $"message_id = {TestDatabase.Id(envelopeId)} AND message_type = '{ProductPriceChanged.MessageName}'").ShouldBe(1);
    }

    [Fact]
    public async Task A_v1_and_a_v2_of_later_versions_apply_in_the_order_of_the_products_versions()
    {
        await using var shop = await TestShop.StartAsync();
        var productId = await CreateProductAsync(shop, "PRICE-BOTH-VERSIONS", 10m);
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

        await shop.InboxOf<CartModule>().DeliverAsync(new ProductPriceChangedV2(productId, new Money(10m, "EUR"), new Money(9m, "EUR"), at, 3, at));
        await shop.InboxOf<CartModule>().DeliverAsync(new ProductPriceChanged(productId, 10m, 11m, "EUR", 2, at.AddMinutes(-1)));

        (await PriceInCart.OfAsync(shop, productId)).ShouldBe(9m, "v1 carries version 2, older than the v2's 3");
    }

    [Fact]
    public async Task A_price_in_another_currency_than_carts_copy_fails_and_changes_nothing()
    {
        await using var shop = await TestShop.StartAsync();
        var productId = await CreateProductAsync(shop, "PRICE-OTHER-CURRENCY", 10m);
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

        await Should.ThrowAsync<PriceInAnotherCurrencyException>(() =>
            shop.InboxOf<CartModule>().DeliverAsync(new ProductPriceChangedV2(productId, new Money(10m, "EUR"), new Money(9m, "CHF"), at, 2, at)));

        (await PriceInCart.OfAsync(shop, productId)).ShouldBe(10m);
    }

    private static async Task<Guid> CreateProductAsync(TestShop shop, string sku, decimal price)
    {
        using var admin = shop.Admin();
        var product = await (await admin.PostJsonAsync("/api/catalog/products", new { sku, name = sku, price })).ReadAsync<CreatedProduct>();
        await Eventually.Until(async () => await PriceInCart.OfAsync(shop, product.Id) == price, "Cart to learn the product");
        return product.Id;
    }

    private sealed record CreatedProduct(Guid Id);
}
