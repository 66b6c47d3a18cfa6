using ModularShop.Modules.Cart.Features.FollowCatalog;
using ModularShop.Modules.Catalog.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Cart.Tests.Features;

/// <summary>
/// Cart's consumers of Catalog's events, fed exactly as the bus feeds them: through the kernel's consumer, with an
/// envelope id. Delivering an envelope again is what at-least-once delivery does after a crash or a lost ack.
/// </summary>
public sealed class FollowCatalogTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private TestShop _shop = null!;

    private ModuleInbox<CartModule> Cart => _shop.InboxOf<CartModule>();

    public async Task InitializeAsync() => _shop = await TestShop.StartAsync();

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task ProductCreated_delivered_twice_gives_one_product()
    {
        var created = Created(Guid.NewGuid(), "TWICE-CREATED", 4.20m);
        var envelopeId = Guid.NewGuid();

        await Cart.DeliverAsync(created, envelopeId);
        await Cart.DeliverAsync(created, envelopeId);

        _shop.Database.Count("cart", "products", $"sku = 'TWICE-CREATED'").ShouldBe(1);
        _shop.Database.Count("cart", "processed_messages", $"message_id = {TestDatabase.Id(envelopeId)}").ShouldBe(1);
        (await PriceInCartAsync(created.ProductId)).ShouldBe(4.20m);
    }

    [Fact]
    public async Task ProductPriceChanged_delivered_again_after_a_later_change_has_no_effect()
    {
        var productId = Guid.NewGuid();
        await Cart.DeliverAsync(Created(productId, "REDELIVERED", 10m), Guid.NewGuid());
        var secondVersion = Guid.NewGuid();

        await Cart.DeliverAsync(PriceChanged(productId, 10m, 11m, version: 2), secondVersion);
        await Cart.DeliverAsync(PriceChanged(productId, 11m, 12m, version: 3), Guid.NewGuid());
        await Cart.DeliverAsync(PriceChanged(productId, 10m, 11m, version: 2), secondVersion);

        (await PriceInCartAsync(productId)).ShouldBe(12m);
        _shop.Database.Count("cart", "processed_messages", $"message_id = {TestDatabase.Id(secondVersion)}").ShouldBe(1);
    }

    [Fact]
    public async Task A_replayed_old_price_under_a_new_envelope_id_is_ignored_by_its_version()
    {
        var productId = Guid.NewGuid();
        await Cart.DeliverAsync(Created(productId, "REPLAYED", 10m), Guid.NewGuid());
        await Cart.DeliverAsync(PriceChanged(productId, 10m, 15m, version: 3), Guid.NewGuid());

        await Cart.DeliverAsync(PriceChanged(productId, 10m, 11m, version: 2), Guid.NewGuid());

        (await PriceInCartAsync(productId)).ShouldBe(15m);
    }

    [Fact]
    public async Task A_price_change_that_overtakes_the_products_creation_fails_and_succeeds_when_delivered_again()
    {
        var productId = Guid.NewGuid();
        var early = Guid.NewGuid();

        await Should.ThrowAsync<ProductNotYetKnownException>(() => Cart.DeliverAsync(PriceChanged(productId, 10m, 9m, version: 2), early));
        _shop.Database.Count("cart", "processed_messages", $"message_id = {TestDatabase.Id(early)}").ShouldBe(0);

        await Cart.DeliverAsync(Created(productId, "OVERTAKEN", 10m), Guid.NewGuid());
        await Cart.DeliverAsync(PriceChanged(productId, 10m, 9m, version: 2), early);

        (await PriceInCartAsync(productId)).ShouldBe(9m);
    }

    [Fact]
    public async Task A_price_change_published_by_catalog_reaches_carts_through_the_durable_queue()
    {
        using var admin = _shop.Admin();
        var product = await (await admin.PostJsonAsync("/api/catalog/products", new { sku = "THROUGH-THE-BUS", name = "Bus", price = 3m })).ReadAsync<CreatedProduct>();
        await Eventually.Until(async () => await PriceInCartOrNullAsync(product.Id) == 3m, "Cart to learn the new product");

        await admin.PutJsonAsync($"/api/catalog/products/{product.Id}/price", new { price = 2.5m });

        await Eventually.Until(async () => await PriceInCartOrNullAsync(product.Id) == 2.5m, "the new price in the cart");
    }

    private static ProductCreated Created(Guid productId, string sku, decimal price) =>
        new(productId, sku, sku, "", price, "EUR", 1, Now);

    private static ProductPriceChanged PriceChanged(Guid productId, decimal oldPrice, decimal price, long version) =>
        new(productId, oldPrice, price, "EUR", version, Now.AddMinutes(version));

    private async Task<decimal> PriceInCartAsync(Guid productId) =>
        await PriceInCartOrNullAsync(productId) ?? throw new InvalidOperationException($"Cart does not sell {productId}.");

    private Task<decimal?> PriceInCartOrNullAsync(Guid productId) => PriceInCart.OfAsync(_shop, productId);

    private sealed record CreatedProduct(Guid Id);
}
