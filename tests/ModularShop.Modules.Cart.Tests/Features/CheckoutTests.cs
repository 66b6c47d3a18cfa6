using System.Net;
using ModularShop.Modules.Cart.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Cart.Tests.Features;

public sealed class CheckoutTests(CartShop fixture) : IClassFixture<CartShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task Checking_out_answers_the_new_order_empties_the_cart_and_announces_the_lines_at_the_prices_seen()
    {
        using var amy = _shop.Customer("amy");
        await amy.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 2 });
        await amy.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.EnamelMug, quantity = 1 });

        var response = await amy.PostJsonAsync("/api/cart/checkout", new { paymentToken = "tok_visa" });

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var orderId = (await response.ReadAsync<Accepted>()).OrderId;
        orderId.ShouldNotBe(Guid.Empty);
        (await (await amy.GetAsync("/api/cart")).ReadAsync<CartBody>()).Lines.ShouldBeEmpty();
        var announced = await Eventually.Until(
            () => _shop.PublishedAsync<CartCheckedOut>(),
            events => events.Any(e => e.OrderId == orderId),
            "CartCheckedOut for the order");
        var checkedOut = announced.Single(e => e.OrderId == orderId);
        checkedOut.CustomerId.ShouldBe("amy");
        checkedOut.PaymentToken.ShouldBe("tok_visa");
        checkedOut.Currency.ShouldBe("EUR");
        checkedOut.Total.ShouldBe(40.30m);
        checkedOut.Lines.Select(line => (line.Sku, line.UnitPrice, line.Quantity)).ShouldBe(new[]
        {
            ("MUG-CERAMIC-350", 12.90m, 2),
            ("MUG-ENAMEL-300", 14.50m, 1),
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task An_empty_cart_cannot_be_checked_out()
    {
        using var ben = _shop.Customer("ben");
        await ben.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.Kettle, quantity = 1 });
        await ben.DeleteAsync($"/api/cart/items/{DemoProducts.Kettle}");

        var emptied = await ben.PostJsonAsync("/api/cart/checkout", new { paymentToken = "tok_visa" });
        var never = await _shop.Customer("never-shopped").PostJsonAsync("/api/cart/checkout", new { paymentToken = "tok_visa" });

        emptied.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await emptied.ReadProblemAsync()).Rule.ShouldBe("CartMustNotBeEmptyRule");
        never.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await _shop.PublishedAsync<CartCheckedOut>()).ShouldNotContain(e => e.CustomerId == "ben" || e.CustomerId == "never-shopped");
    }

    [Theory]
    [InlineData("""{"paymentToken": ""}""")]
    [InlineData("""{"paymentToken": "tok visa"}""")]
    [InlineData("""{"paymentToken": null}""")]
    [InlineData("""{}""")]
    public async Task A_missing_or_malformed_payment_token_is_a_400_and_the_cart_stays(string body)
    {
        using var cleo = _shop.Customer($"cleo-{body.Length}-{body.GetHashCode(StringComparison.Ordinal)}");
        await cleo.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 1 });

        var response = await cleo.PostRawAsync("/api/cart/checkout", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        (problem.Detail + string.Join(' ', problem.Errors?.Keys.ToArray() ?? [])).ShouldContain("paymentToken");
        (await (await cleo.GetAsync("/api/cart")).ReadAsync<CartBody>()).Lines.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_token_longer_than_100_characters_is_refused()
    {
        using var dan = _shop.Customer("dan");
        await dan.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 1 });

        var response = await dan.PostJsonAsync("/api/cart/checkout", new { paymentToken = new string('t', 101) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Errors!.Keys.ShouldBe(new[] { "paymentToken" });
    }

    [Fact]
    public async Task A_token_with_the_character_u0000_is_a_400_and_nothing_is_ordered()
    {
        using var nora = _shop.Customer("nora");
        await nora.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 1 });
        await _shop.IdleAsync();
        var before = _shop.Database.Fingerprint();

        var response = await nora.PostJsonAsync("/api/cart/checkout", new { paymentToken = "tok_\u0000visa" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Errors!.Keys.ShouldBe(new[] { "paymentToken" });
        _shop.Database.Fingerprint().ChangedSince(before).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_double_click_on_checkout_orders_once()
    {
        using var eve = _shop.Customer("eve-double");
        await eve.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 1 });

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => eve.PostJsonAsync("/api/cart/checkout", new { paymentToken = "tok_visa" })));

        responses.Count(response => response.StatusCode == HttpStatusCode.Accepted).ShouldBe(1);
        responses.Where(response => response.StatusCode != HttpStatusCode.Accepted)
            .ShouldAllBe(response => response.StatusCode == HttpStatusCode.Conflict || response.StatusCode == HttpStatusCode.UnprocessableEntity);
        var orderId = (await responses.Single(response => response.StatusCode == HttpStatusCode.Accepted).ReadAsync<Accepted>()).OrderId;
        var announced = await Eventually.Until(() => _shop.PublishedAsync<CartCheckedOut>(), events => events.Any(e => e.OrderId == orderId), "the one checkout");
        announced.Count(e => e.CustomerId == "eve-double").ShouldBe(1);
    }

    [Fact]
    public async Task Checking_out_needs_a_signed_in_customer()
    {
        var response = await _shop.Anonymous().PostJsonAsync("/api/cart/checkout", new { paymentToken = "tok_visa" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private sealed record Accepted(Guid OrderId);
}
