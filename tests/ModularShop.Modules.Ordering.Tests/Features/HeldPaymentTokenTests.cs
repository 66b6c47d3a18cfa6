using ModularShop.Testing;

namespace ModularShop.Modules.Ordering.Tests.Features;

/// <summary>The card token waits in a table of its own, apart from the order, only until the payment is asked for.</summary>
public sealed class HeldPaymentTokenTests(OrderingShop fixture) : IClassFixture<OrderingShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task Once_the_payment_is_asked_for_the_shop_keeps_the_card_token_no_longer()
    {
        var checkout = OrderingShop.Checkout("tessa", "tok_visa", DemoProducts.CeramicMug);

        await fixture.Inbox.DeliverAsync(checkout, Guid.NewGuid());

        await fixture.WaitForStatusAsync("tessa", checkout.OrderId, "Confirmed");
        _shop.Database.Count("ordering", "held_payment_tokens", $"order_id = {TestDatabase.Id(checkout.OrderId)}").ShouldBe(0);
    }

    [Fact]
    public async Task A_cancelled_order_leaves_no_card_token_behind()
    {
        var checkout = OrderingShop.Checkout("tomas", "tok_visa", Guid.NewGuid());

        await fixture.Inbox.DeliverAsync(checkout, Guid.NewGuid());

        await fixture.WaitForStatusAsync("tomas", checkout.OrderId, "Cancelled");
        _shop.Database.Count("ordering", "held_payment_tokens", $"order_id = {TestDatabase.Id(checkout.OrderId)}").ShouldBe(0);
    }
}
