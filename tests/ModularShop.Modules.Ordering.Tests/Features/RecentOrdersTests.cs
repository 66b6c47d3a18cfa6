using System.Net;
using ModularShop.Testing;

namespace ModularShop.Modules.Ordering.Tests.Features;

/// <summary>
/// The operations console's read of the latest orders. One shop for these tests alone, so the counts move only by
/// the orders they place; only the first leaves an order waiting for its payment, since that one is given up later.
/// </summary>
public sealed class RecentOrdersTests(OrderingShop fixture) : IClassFixture<OrderingShop>
{
    private static readonly string[] Statuses = ["Pending", "AwaitingPayment", "Confirmed", "Shipped", "Returned", "Cancelled"];
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task An_admin_sees_the_latest_orders_newest_first_and_how_many_are_in_each_status()
    {
        var before = await RecentAsync("limit=100");

        var confirmed = await PlaceAsync("yara", "tok_visa", "Confirmed", quantity: 2);
        var declined = await PlaceAsync("yusuf", "tok_decline", "Cancelled");
        var waiting = await PlaceAsync("yara", "tok_timeout", "AwaitingPayment");
        var confirmedAgain = await PlaceAsync("yusuf", "tok_visa", "Confirmed");
        var after = await RecentAsync("limit=100");

        after.Counted.ShouldBe(before.Counted + 4);
        after.ByStatus.Select(count => count.Status).ShouldBe(Statuses);
        CountsMoved(before, after).ShouldBe(new Dictionary<string, int> { ["Pending"] = 0, ["AwaitingPayment"] = 1, ["Confirmed"] = 2, ["Shipped"] = 0, ["Returned"] = 0, ["Cancelled"] = 1 });
        after.Orders.Take(4).Select(order => order.Id).ShouldBe([confirmedAgain, waiting, declined, confirmed]);

        var first = after.Orders.Single(order => order.Id == confirmed);
        first.CustomerId.ShouldBe("yara");
        first.Status.ShouldBe("Confirmed");
        first.Total.ShouldBe(20.00m);
        first.Currency.ShouldBe("EUR");
        first.CancellationReason.ShouldBeNull();
        first.UpdatedAt.ShouldBeGreaterThan(first.PlacedAt);
        var refused = after.Orders.Single(order => order.Id == declined);
        refused.Status.ShouldBe("Cancelled");
        refused.CancellationReason.ShouldBe("The card was declined.");
    }

    [Fact]
    public async Task The_status_asked_for_in_any_case_keeps_only_the_orders_in_it()
    {
        var declined = await PlaceAsync("zoe", "tok_decline", "Cancelled");
        var confirmed = await PlaceAsync("zoe", "tok_visa", "Confirmed");

        var cancelled = await RecentAsync("status=cANCELLED");
        var all = await RecentAsync("");

        cancelled.Orders.ShouldNotBeEmpty();
        cancelled.Orders.ShouldAllBe(order => order.Status == "Cancelled");
        cancelled.Orders.First().Id.ShouldBe(declined);
        cancelled.Orders.ShouldNotContain(order => order.Id == confirmed);
        cancelled.ByStatus.ShouldBe(all.ByStatus, "the counts are of every status whichever is listed");
    }

    [Fact]
    public async Task The_limit_is_how_many_of_the_newest_are_listed_and_20_when_not_given()
    {
        var placed = new List<Guid>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            placed.Add(await PlaceAsync("xavier", "tok_visa", "Confirmed"));
        }

        var two = await RecentAsync("limit=2");
        var latestConfirmed = await RecentAsync("status=Confirmed&limit=1");
        var unlimited = await RecentAsync("");

        two.Orders.Select(order => order.Id).ShouldBe([placed[2], placed[1]]);
        latestConfirmed.Orders.ShouldHaveSingleItem().Id.ShouldBe(placed[2]);
        unlimited.Orders.Count.ShouldBe(Math.Min(unlimited.Counted, 20));
    }

    [Fact]
    public async Task A_customer_is_refused_and_an_anonymous_caller_is_asked_to_sign_in()
    {
        var asCustomer = await _shop.Customer("yara").GetAsync("/api/orders/recent");
        var anonymous = await _shop.Anonymous().GetAsync("/api/orders/recent");

        asCustomer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("status=Delivered", "status")]
    [InlineData("status=2", "status")]
    [InlineData("status=Pending,Confirmed", "status")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    public async Task A_status_the_domain_does_not_have_or_a_limit_out_of_range_is_a_400(string query, string field)
    {
        var response = await _shop.Admin().GetAsync($"/api/orders/recent?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.Status.ShouldBe(400);
        problem.Errors!.Keys.ShouldBe([field]);
    }

    private static Dictionary<string, int> CountsMoved(RecentOrdersBody before, RecentOrdersBody after) =>
        after.ByStatus.ToDictionary(count => count.Status, count => count.Count - before.ByStatus.Single(earlier => earlier.Status == count.Status).Count);

    private async Task<Guid> PlaceAsync(string customer, string token, string status, int quantity = 1)
    {
        var checkout = OrderingShop.Checkout(customer, token, DemoProducts.CeramicMug, quantity);
        await fixture.Inbox.DeliverAsync(checkout, Guid.NewGuid());
        await fixture.WaitForStatusAsync(customer, checkout.OrderId, status);
        return checkout.OrderId;
    }

    private async Task<RecentOrdersBody> RecentAsync(string query)
    {
        var response = await _shop.Admin().GetAsync($"/api/orders/recent?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadAsync<RecentOrdersBody>();
    }
}

public sealed record RecentOrdersBody(int Counted, List<OrderStatusCountBody> ByStatus, List<RecentOrderBody> Orders);

public sealed record OrderStatusCountBody(string Status, int Count);

public sealed record RecentOrderBody(Guid Id, string CustomerId, string Status, decimal Total, string Currency, string? CancellationReason, DateTimeOffset PlacedAt, DateTimeOffset UpdatedAt);
