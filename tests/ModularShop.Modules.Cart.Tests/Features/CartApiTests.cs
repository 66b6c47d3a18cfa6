using System.Net;
using ModularShop.Testing;

namespace ModularShop.Modules.Cart.Tests.Features;

public sealed class CartApiTests(CartShop fixture) : IClassFixture<CartShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task A_new_customer_has_an_empty_cart()
    {
        var cart = await (await _shop.Customer("newcomer").GetAsync("/api/cart")).ReadAsync<CartBody>();

        cart.ShouldBeEquivalentTo(new CartBody("newcomer", [], 0, 0m, null));
    }

    [Fact]
    public async Task The_cart_shows_each_line_at_its_price_and_the_total()
    {
        using var lena = _shop.Customer("lena");

        await lena.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 2 });
        var response = await lena.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.Kettle, quantity = 1 });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cart = await response.ReadAsync<CartBody>();
        cart.Lines.Select(line => (line.Sku, line.UnitPrice, line.Quantity, line.LineTotal)).ShouldBe(new[]
        {
            ("MUG-CERAMIC-350", 12.90m, 2, 25.80m),
            ("KETTLE-GOOSE-1L", 64.00m, 1, 64.00m),
        });
        cart.ItemCount.ShouldBe(3);
        cart.Total.ShouldBe(89.80m);
        cart.Currency.ShouldBe("EUR");
        (await (await lena.GetAsync("/api/cart")).ReadAsync<CartBody>()).ShouldBeEquivalentTo(cart);
    }

    [Fact]
    public async Task Each_customer_sees_only_their_own_cart()
    {
        await _shop.Customer("mia").PostJsonAsync("/api/cart/items", new { productId = DemoProducts.EnamelMug, quantity = 1 });

        var noah = await (await _shop.Customer("noah").GetAsync("/api/cart")).ReadAsync<CartBody>();

        noah.Lines.ShouldBeEmpty();
    }

    [Fact]
    public async Task Going_over_the_line_limit_across_additions_is_a_422_and_changes_nothing()
    {
        using var olga = _shop.Customer("olga");
        await olga.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 90 });

        var response = await olga.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 10 });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.ReadProblemAsync();
        problem.Rule.ShouldBe("LineQuantityWithinLimitRule");
        problem.Detail!.ShouldContain("99");
        (await (await olga.GetAsync("/api/cart")).ReadAsync<CartBody>()).Lines.Single().Quantity.ShouldBe(90);
    }

    [Fact]
    public async Task Adding_validates_every_field()
    {
        var response = await _shop.Customer("paul").PostJsonAsync("/api/cart/items", new { productId = Guid.Empty, quantity = 0 });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Errors!.Keys.Order().ShouldBe(new[] { "productId", "quantity" });
    }

    [Fact]
    public async Task Changing_a_quantity_sets_it()
    {
        using var quinn = _shop.Customer("quinn");
        await quinn.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.EnamelMug, quantity = 1 });

        var response = await quinn.PutJsonAsync($"/api/cart/items/{DemoProducts.EnamelMug}", new { quantity = 5 });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cart = await response.ReadAsync<CartBody>();
        cart.Lines.Single().Quantity.ShouldBe(5);
        cart.Total.ShouldBe(72.50m);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public async Task A_quantity_outside_the_limits_is_a_400_and_the_line_stays(int quantity)
    {
        using var rosa = _shop.Customer($"rosa-{quantity}");
        await rosa.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.EnamelMug, quantity = 2 });

        var response = await rosa.PutJsonAsync($"/api/cart/items/{DemoProducts.EnamelMug}", new { quantity });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Errors!.Keys.ShouldBe(new[] { "quantity" });
        (await (await rosa.GetAsync("/api/cart")).ReadAsync<CartBody>()).Lines.Single().Quantity.ShouldBe(2);
    }

    [Fact]
    public async Task Changing_a_product_that_is_not_in_the_cart_is_a_404()
    {
        var response = await _shop.Customer("sam").PutJsonAsync($"/api/cart/items/{DemoProducts.Kettle}", new { quantity = 1 });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Removing_a_product_takes_it_out_once()
    {
        using var tess = _shop.Customer("tess");
        await tess.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.Kettle, quantity = 1 });

        var first = await tess.DeleteAsync($"/api/cart/items/{DemoProducts.Kettle}");
        var second = await tess.DeleteAsync($"/api/cart/items/{DemoProducts.Kettle}");

        first.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        second.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await tess.GetAsync("/api/cart")).ReadAsync<CartBody>()).ShouldBeEquivalentTo(new CartBody("tess", [], 0, 0m, null));
    }

    [Fact]
    public async Task Simultaneous_additions_by_one_customer_all_count()
    {
        using var uma = _shop.Customer("uma");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            uma.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 1 })));

        responses.ShouldAllBe(response => response.StatusCode == HttpStatusCode.OK);
        (await (await uma.GetAsync("/api/cart")).ReadAsync<CartBody>()).Lines.Single().Quantity.ShouldBe(10);
    }

    [Fact]
    public async Task Every_cart_route_needs_a_signed_in_customer()
    {
        using var anonymous = _shop.Anonymous();

        (await anonymous.GetAsync("/api/cart")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.Kettle, quantity = 1 })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PutJsonAsync($"/api/cart/items/{DemoProducts.Kettle}", new { quantity = 1 })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.DeleteAsync($"/api/cart/items/{DemoProducts.Kettle}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
