using System.Net;
using ModularShop.Testing;

namespace ModularShop.Modules.Inventory.Tests.Features;

public sealed class StockApiTests(InventoryShop fixture) : IClassFixture<InventoryShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task Anyone_sees_a_products_stock_on_hand_held_and_available()
    {
        using var anonymous = _shop.Anonymous();

        var response = await anonymous.GetAsync($"/api/inventory/{DemoProducts.Teapot}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadAsync<StockBody>()).ShouldBe(new StockBody(DemoProducts.Teapot, "TEAPOT-CAST-800", "Cast-iron Teapot 800 ml", 2, 0, 2));
    }

    [Fact]
    public async Task The_stock_of_an_unknown_product_is_a_404()
    {
        using var anonymous = _shop.Anonymous();

        var response = await anonymous.GetAsync($"/api/inventory/{Guid.NewGuid()}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_admin_sets_the_stock_on_hand()
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        using var admin = _shop.Admin();

        var response = await admin.PutJsonAsync($"/api/inventory/{productId}", new { onHand = 12 });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var set = await response.ReadAsync<StockBody>();
        (set.OnHand, set.Reserved, set.Available).ShouldBe((12, 0, 12));
        (await _shop.StockOfAsync(productId)).ShouldBe(set);
    }

    [Fact]
    public async Task Only_admins_set_stock()
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        using var customer = _shop.Customer("carla");
        using var anonymous = _shop.Anonymous();

        var asCustomer = await customer.PutJsonAsync($"/api/inventory/{productId}", new { onHand = 1 });
        var asAnonymous = await anonymous.PutJsonAsync($"/api/inventory/{productId}", new { onHand = 1 });

        asCustomer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        asAnonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _shop.StockOfAsync(productId)).OnHand.ShouldBe(5);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_000)]
    public async Task The_stock_on_hand_can_be_set_anywhere_from_zero_to_a_million(int onHand)
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        using var admin = _shop.Admin();

        var response = await admin.PutJsonAsync($"/api/inventory/{productId}", new { onHand });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _shop.StockOfAsync(productId)).OnHand.ShouldBe(onHand);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000_001)]
    public async Task A_stock_on_hand_outside_zero_to_a_million_is_a_400_and_changes_nothing(int onHand)
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        using var admin = _shop.Admin();

        var response = await admin.PutJsonAsync($"/api/inventory/{productId}", new { onHand });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.ReadProblemAsync()).Errors!;
        errors.Keys.ShouldBe(new[] { "onHand" });
        errors["onHand"].ShouldBe(new[] { "must be between 0 and 1000000" });
        (await _shop.StockOfAsync(productId)).OnHand.ShouldBe(5);
    }

    [Fact]
    public async Task A_missing_stock_on_hand_is_a_400_and_not_a_zero()
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        using var admin = _shop.Admin();

        var response = await admin.PutJsonAsync($"/api/inventory/{productId}", new { quantity = 3 });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Detail!.ShouldContain("onHand");
        (await _shop.StockOfAsync(productId)).OnHand.ShouldBe(5);
    }

    [Fact]
    public async Task Setting_the_stock_of_an_unknown_product_is_a_404()
    {
        using var admin = _shop.Admin();

        var response = await admin.PutJsonAsync($"/api/inventory/{Guid.NewGuid()}", new { onHand = 3 });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_stock_on_hand_cannot_be_set_below_what_is_held_for_orders()
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        await _shop.ReserveAsync(Guid.NewGuid(), productId, 3);
        using var admin = _shop.Admin();

        var below = await admin.PutJsonAsync($"/api/inventory/{productId}", new { onHand = 2 });

        below.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await below.ReadProblemAsync();
        problem.Rule.ShouldBe("OnHandNotBelowReservedRule");
        problem.Detail.ShouldBe("3 units are held for orders; the stock on hand cannot be set to 2.");
        (await _shop.StockOfAsync(productId)).ShouldSatisfyAllConditions(
            stock => stock.OnHand.ShouldBe(5),
            stock => stock.Reserved.ShouldBe(3));

        var down = await admin.PutJsonAsync($"/api/inventory/{productId}", new { onHand = 3 });

        down.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await down.ReadAsync<StockBody>()).Available.ShouldBe(0);
    }
}
