using System.Net;
using ModularShop.Modules.Catalog.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Catalog.Tests.Features;

public sealed class ChangePriceTests(CatalogShop fixture) : IClassFixture<CatalogShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task An_admin_changes_a_price_and_the_change_is_announced_with_the_old_price_and_a_new_version()
    {
        var product = await CreateAsync("PRICE-ANNOUNCED", 20.00m);
        using var admin = _shop.Admin();

        var response = await admin.PutJsonAsync($"/api/catalog/products/{product.Id}/price", new { price = 17.50m });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadAsync<ProductBody>()).Price.ShouldBe(17.50m);
        var changes = await Eventually.Until(
            () => _shop.PublishedAsync<ProductPriceChanged>(),
            events => events.Any(e => e.ProductId == product.Id),
            "ProductPriceChanged for the product");
        changes.Single(e => e.ProductId == product.Id).ShouldSatisfyAllConditions(
            e => e.OldPrice.ShouldBe(20.00m),
            e => e.Price.ShouldBe(17.50m),
            e => e.Currency.ShouldBe("EUR"),
            e => e.Version.ShouldBe(2));
    }

    [Fact]
    public async Task Setting_the_price_it_already_has_announces_nothing()
    {
        var product = await CreateAsync("PRICE-UNCHANGED", 8.00m);
        using var admin = _shop.Admin();

        var response = await admin.PutJsonAsync($"/api/catalog/products/{product.Id}/price", new { price = 8.00m });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _shop.PublishedAsync<ProductPriceChanged>()).ShouldNotContain(e => e.ProductId == product.Id);
    }

    [Fact]
    public async Task Concurrent_changes_of_one_product_never_lose_an_update()
    {
        var product = await CreateAsync("PRICE-RACE", 50.00m);
        using var admin = _shop.Admin();

        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(cents =>
            admin.PutJsonAsync($"/api/catalog/products/{product.Id}/price", new { price = 40m + cents / 100m })));

        responses.ShouldAllBe(response => response.StatusCode == HttpStatusCode.OK || response.StatusCode == HttpStatusCode.Conflict);
        var accepted = responses.Count(response => response.StatusCode == HttpStatusCode.OK);
        accepted.ShouldBeGreaterThan(0);
        var announced = await Eventually.Until(
            async () => (await _shop.PublishedAsync<ProductPriceChanged>()).Where(e => e.ProductId == product.Id).ToList(),
            events => events.Count >= accepted,
            "one ProductPriceChanged per accepted change");
        announced.Count.ShouldBe(accepted);
        announced.Select(e => e.Version).Order().ShouldBe(Enumerable.Range(2, accepted).Select(version => (long)version));
        var final = await (await _shop.Anonymous().GetAsync($"/api/catalog/products/{product.Id}")).ReadAsync<ProductBody>();
        final.Price.ShouldBe(announced.MaxBy(e => e.Version)!.Price);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("9.999")]
    public async Task An_invalid_price_is_a_400_and_the_price_stays(string price)
    {
        var product = await CreateAsync($"PRICE-BAD-{price.Replace(".", "", StringComparison.Ordinal).Replace("-", "M", StringComparison.Ordinal)}", 3.00m);
        using var admin = _shop.Admin();

        var response = await admin.PutAsync($"/api/catalog/products/{product.Id}/price", new StringContent($$"""{"price":{{price}}}""", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Errors!.Keys.ShouldBe(new[] { "price" });
        (await (await _shop.Anonymous().GetAsync($"/api/catalog/products/{product.Id}")).ReadAsync<ProductBody>()).Price.ShouldBe(3.00m);
    }

    [Fact]
    public async Task A_missing_price_is_a_400()
    {
        var product = await CreateAsync("PRICE-MISSING", 3.00m);
        using var admin = _shop.Admin();

        var response = await admin.PutJsonAsync($"/api/catalog/products/{product.Id}/price", new { cost = 2m });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Detail!.ShouldContain("price");
    }

    [Fact]
    public async Task Changing_the_price_of_an_unknown_product_is_a_404()
    {
        using var admin = _shop.Admin();

        var response = await admin.PutJsonAsync($"/api/catalog/products/{Guid.NewGuid()}/price", new { price = 1m });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_admins_change_prices()
    {
        var product = await CreateAsync("PRICE-ADMIN-ONLY", 3.00m);

        var asCustomer = await _shop.Customer("dave").PutJsonAsync($"/api/catalog/products/{product.Id}/price", new { price = 1m });
        var anonymous = await _shop.Anonymous().PutJsonAsync($"/api/catalog/products/{product.Id}/price", new { price = 1m });

        asCustomer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await _shop.Anonymous().GetAsync($"/api/catalog/products/{product.Id}")).ReadAsync<ProductBody>()).Price.ShouldBe(3.00m);
    }

    private async Task<ProductBody> CreateAsync(string sku, decimal price)
    {
        using var admin = _shop.Admin();
        var response = await admin.PostJsonAsync("/api/catalog/products", new { sku, name = sku, price });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await response.ReadAsync<ProductBody>();
    }
}
