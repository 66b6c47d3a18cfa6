using System.Net;
using ModularShop.Modules.Catalog.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Catalog.Tests.Features;

public sealed class CreateProductTests(CatalogShop fixture) : IClassFixture<CatalogShop>
{
    private readonly TestShop _shop = fixture.Shop;

    private static object Kettle(string sku) => new { sku, name = "Stovetop Kettle", price = 31.50m, description = "Whistles." };

    [Fact]
    public async Task An_admin_adds_a_product_which_is_then_served_and_announced()
    {
        using var admin = _shop.Admin();

        var response = await admin.PostJsonAsync("/api/catalog/products", Kettle("KETTLE-STOVE-1"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.ReadAsync<ProductBody>();
        created.ShouldBe(new ProductBody(created.Id, "KETTLE-STOVE-1", "Stovetop Kettle", "Whistles.", 31.50m, "EUR"));
        response.Headers.Location!.ToString().ShouldEndWith($"/api/catalog/products/{created.Id}");

        var served = await (await _shop.Anonymous().GetAsync(response.Headers.Location)).ReadAsync<ProductBody>();
        served.ShouldBe(created);

        var announced = await Eventually.Until(
            () => _shop.PublishedAsync<ProductCreated>(),
            events => events.Any(e => e.ProductId == created.Id),
            "ProductCreated for the new product");
        announced.Single(e => e.ProductId == created.Id).ShouldSatisfyAllConditions(
            e => e.Sku.ShouldBe("KETTLE-STOVE-1"),
            e => e.Price.ShouldBe(31.50m),
            e => e.Version.ShouldBe(1));
    }

    [Fact]
    public async Task The_sku_and_currency_are_normalised_and_the_currency_defaults_to_the_catalogs()
    {
        using var admin = _shop.Admin();

        var lower = await (await admin.PostJsonAsync("/api/catalog/products", new { sku = " kettle-lower ", name = "Kettle", price = 5m })).ReadAsync<ProductBody>();
        var dollars = await (await admin.PostJsonAsync("/api/catalog/products", new { sku = "KETTLE-USD", name = "Kettle", price = 5m, currency = "usd" })).ReadAsync<ProductBody>();

        lower.Sku.ShouldBe("KETTLE-LOWER");
        lower.Currency.ShouldBe("EUR");
        dollars.Currency.ShouldBe("USD");
    }

    [Fact]
    public async Task Every_invalid_field_is_named_and_nothing_is_written()
    {
        using var admin = _shop.Admin();
        var before = await CountAsync();

        var response = await admin.PostJsonAsync("/api/catalog/products", new { sku = "bad sku!", name = "", price = 12.345m, currency = "EURO", description = new string('x', 2001) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.Errors!.Keys.Order().ShouldBe(new[] { "currency", "description", "name", "price", "sku" });
        problem.Errors["sku"].ShouldBe(new[] { "must be 2 to 32 upper-case letters, digits and dashes" });
        problem.Errors["price"].ShouldBe(new[] { "must be above 0, below 1000000 and have at most two decimals" });
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_character_u0000_in_a_text_field_is_a_400_naming_the_field_and_nothing_is_written()
    {
        using var admin = _shop.Admin();
        await _shop.IdleAsync();
        var before = _shop.Database.Fingerprint();

        var response = await admin.PostJsonAsync("/api/catalog/products", new { sku = "NUL-KETTLE", name = "Nul\u0000Kettle", price = 10m, description = "Whistles.\u0000" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Errors!.Keys.Order().ShouldBe(new[] { "description", "name" });
        _shop.Database.Fingerprint().ChangedSince(before).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1000000")]
    public async Task A_price_must_be_above_zero_and_below_a_million(string price)
    {
        using var admin = _shop.Admin();

        var response = await admin.PostRawAsync("/api/catalog/products", $$"""{"sku":"PRICE-TEST","name":"Price test","price":{{price}}}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Errors!.Keys.ShouldBe(new[] { "price" });
    }

    [Fact]
    public async Task A_second_product_with_the_same_sku_is_a_conflict_and_is_not_written()
    {
        using var admin = _shop.Admin();
        (await admin.PostJsonAsync("/api/catalog/products", Kettle("KETTLE-TWICE"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var before = await CountAsync();

        var response = await admin.PostJsonAsync("/api/catalog/products", Kettle("KETTLE-TWICE"));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.ReadProblemAsync()).Detail!.ShouldContain("KETTLE-TWICE");
        (await CountAsync()).ShouldBe(before);
        (await _shop.PublishedAsync<ProductCreated>()).Count(e => e.Sku == "KETTLE-TWICE").ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"sku": "BROKEN", "name": "Broken", "price": 1""", "JSON")]
    [InlineData("""{"sku": "WRONG-TYPE", "name": "Wrong", "price": "cheap"}""", "$.price")]
    [InlineData("""{"name": "No sku", "price": 1}""", "sku")]
    [InlineData("""{"sku": "NULL-NAME", "name": null, "price": 1}""", "name")]
    [InlineData("""[1, 2, 3]""", "JSON")]
    public async Task A_body_that_cannot_be_read_is_a_400_that_points_at_the_problem(string body, string mentioned)
    {
        using var admin = _shop.Admin();
        var before = await CountAsync();

        var response = await admin.PostRawAsync("/api/catalog/products", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.Detail!.ShouldContain(mentioned);
        problem.Detail!.ShouldNotContain("ModularShop.");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_empty_body_is_a_400()
    {
        using var admin = _shop.Admin();

        var response = await admin.PostRawAsync("/api/catalog/products", "");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Status.ShouldBe(400);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415()
    {
        using var admin = _shop.Admin();

        var response = await admin.PostRawAsync("/api/catalog/products", "sku=PLAIN", "text/plain");

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.ReadProblemAsync()).Detail!.ShouldContain("application/json");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_and_is_not_read()
    {
        using var admin = _shop.Admin();

        var response = await admin.PostJsonAsync("/api/catalog/products", new { sku = "HUGE", name = "Huge", price = 1m, description = new string('x', 70_000) });

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.ReadProblemAsync()).Detail!.ShouldContain("65536");
    }

    [Fact]
    public async Task A_customer_may_not_add_products()
    {
        using var customer = _shop.Customer("carol");

        var response = await customer.PostJsonAsync("/api/catalog/products", Kettle("KETTLE-CAROL"));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.ReadProblemAsync()).Title.ShouldBe("Not allowed");
    }

    [Fact]
    public async Task Without_a_token_adding_a_product_is_a_401_that_asks_for_one()
    {
        var response = await _shop.Anonymous().PostJsonAsync("/api/catalog/products", Kettle("KETTLE-ANON"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer");
        (await response.ReadProblemAsync()).Detail!.ShouldContain("bearer token");
    }

    [Fact]
    public async Task An_expired_token_is_a_401_that_says_it_expired()
    {
        using var expired = _shop.WithToken(TestTokens.Expired("admin"));

        var response = await expired.PostJsonAsync("/api/catalog/products", Kettle("KETTLE-EXPIRED"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ReadProblemAsync()).Detail!.ShouldContain("expired");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_a_401()
    {
        using var forged = _shop.WithToken(TestTokens.SignedWith("someone-elses-signing-key-0123456789abcdef", "admin"));

        var response = await forged.PostJsonAsync("/api/catalog/products", Kettle("KETTLE-FORGED"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ReadProblemAsync()).Detail!.ShouldContain("signature");
    }

    [Fact]
    public async Task A_malformed_token_is_a_401()
    {
        using var garbage = _shop.WithToken("not.a.jwt");

        var response = await garbage.PostJsonAsync("/api/catalog/products", Kettle("KETTLE-GARBAGE"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ReadProblemAsync()).Detail!.ShouldContain("not valid");
    }

    private async Task<int> CountAsync() =>
        (await (await _shop.Anonymous().GetAsync("/api/catalog/products?pageSize=1")).ReadAsync<ProductPageBody>()).Total;
}
