using System.Net;
using ModularShop.Testing;

namespace ModularShop.Modules.Ordering.Tests.Features;

public sealed class OrderQueriesTests(OrderingShop fixture) : IClassFixture<OrderingShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task An_order_is_seen_by_its_customer_and_admins_and_by_nobody_else()
    {
        var checkout = OrderingShop.Checkout("tina", "tok_visa", DemoProducts.PaperFilters);
        await fixture.Inbox.DeliverAsync(checkout, Guid.NewGuid());
        await fixture.WaitForStatusAsync("tina", checkout.OrderId, "Confirmed");

        var asAdmin = await _shop.Admin().GetAsync($"/api/orders/{checkout.OrderId}");
        var asOther = await _shop.Customer("ursula").GetAsync($"/api/orders/{checkout.OrderId}");
        var anonymous = await _shop.Anonymous().GetAsync($"/api/orders/{checkout.OrderId}");

        asAdmin.StatusCode.ShouldBe(HttpStatusCode.OK);
        asOther.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await asOther.ReadProblemAsync()).Title.ShouldBe("Order not found");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_order_is_a_404()
    {
        var response = await _shop.Customer("tina").GetAsync($"/api/orders/{Guid.NewGuid()}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_customer_lists_their_own_orders_newest_first_one_page_at_a_time()
    {
        var placed = new List<Guid>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            var checkout = OrderingShop.Checkout("victor", "tok_decline", DemoProducts.PaperFilters);
            await fixture.Inbox.DeliverAsync(checkout, Guid.NewGuid());
            placed.Add(checkout.OrderId);
        }

        await fixture.Inbox.DeliverAsync(OrderingShop.Checkout("wanda", "tok_decline", DemoProducts.PaperFilters), Guid.NewGuid());
        using var victor = _shop.Customer("victor");

        var first = await (await victor.GetAsync("/api/orders?pageSize=2")).ReadAsync<OrderPageBody>();
        var second = await (await victor.GetAsync("/api/orders?pageSize=2&page=2")).ReadAsync<OrderPageBody>();

        first.Total.ShouldBe(3);
        first.Items.Concat(second.Items).Select(order => order.Id).ShouldBe(Enumerable.Reverse(placed));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=2147483647&pageSize=2", "page")]
    [InlineData("page=1073741825&pageSize=2", "page")]
    public async Task Paging_outside_the_limits_is_a_400(string query, string field)
    {
        var response = await _shop.Customer("tina").GetAsync($"/api/orders?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Errors!.Keys.ShouldContain(field);
    }
}
