using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Modules.Ordering.Contracts;
using ModularShop.Modules.Payments.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Ordering.Tests.Features;

/// <summary>
/// Ordering's consumers, fed as the bus feeds them, with real Inventory and Payments answering. Every answer is
/// also delivered again, or late, to show it moves an order once and that what a late answer holds is asked back.
/// </summary>
public sealed class CheckoutProcessTests(OrderingShop fixture) : IClassFixture<OrderingShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task A_checked_out_cart_becomes_an_order_confirmed_after_stock_and_payment()
    {
        var checkout = OrderingShop.Checkout("olivia", "tok_visa", DemoProducts.CeramicMug, quantity: 2);

        await fixture.Inbox.DeliverAsync(checkout, Guid.NewGuid());

        var order = await fixture.WaitForStatusAsync("olivia", checkout.OrderId, "Confirmed");
        order.Total.ShouldBe(20.00m);
        order.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(2);
        order.ConfirmedAt.ShouldNotBeNull();
        (await CountAsync<ReserveStock>(m => m.OrderId == checkout.OrderId)).ShouldBe(1);
        (await CountAsync<AuthorizePayment>(m => m.OrderId == checkout.OrderId && m.Amount == 20.00m && m.PaymentToken == "tok_visa")).ShouldBe(1);
        (await CountAsync<CommitStock>(m => m.OrderId == checkout.OrderId)).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_checkout_delivered_again_places_no_second_order()
    {
        var checkout = OrderingShop.Checkout("oscar", "tok_visa", DemoProducts.Tamper);
        var envelopeId = Guid.NewGuid();

        await fixture.Inbox.DeliverAsync(checkout, envelopeId);
        await fixture.Inbox.DeliverAsync(checkout, envelopeId);
        await fixture.Inbox.DeliverAsync(checkout, Guid.NewGuid());

        await fixture.WaitForStatusAsync("oscar", checkout.OrderId, "Confirmed");
        var orders = await (await _shop.Customer("oscar").GetAsync("/api/orders")).ReadAsync<OrderPageBody>();
        orders.Total.ShouldBe(1);
        (await CountAsync<ReserveStock>(m => m.OrderId == checkout.OrderId)).ShouldBe(1);
    }

    [Fact]
    public async Task Answers_that_come_again_after_the_order_is_confirmed_change_nothing()
    {
        var checkout = OrderingShop.Checkout("owen", "tok_visa", DemoProducts.CoffeeScale);
        await fixture.Inbox.DeliverAsync(checkout, Guid.NewGuid());
        await fixture.WaitForStatusAsync("owen", checkout.OrderId, "Confirmed");

        await fixture.Inbox.DeliverAsync(new StockReserved(checkout.OrderId), Guid.NewGuid());
        await fixture.Inbox.DeliverAsync(new PaymentAuthorized(checkout.OrderId, "auth_again", 10.00m, "EUR"), Guid.NewGuid());
        await fixture.Inbox.DeliverAsync(new StockReservationFailed(checkout.OrderId, "too late"), Guid.NewGuid());
        await fixture.Inbox.DeliverAsync(new PaymentRefused(checkout.OrderId, "too late"), Guid.NewGuid());
        await fixture.Inbox.DeliverAsync(new CheckoutStepTimedOut(checkout.OrderId, CheckoutStepTimedOut.StockStep), Guid.NewGuid());
        await fixture.Inbox.DeliverAsync(new CheckoutStepTimedOut(checkout.OrderId, CheckoutStepTimedOut.PaymentStep), Guid.NewGuid());

        var order = await fixture.WaitForStatusAsync("owen", checkout.OrderId, "Confirmed");
        order.CancellationReason.ShouldBeNull();
        (await CountAsync<AuthorizePayment>(m => m.OrderId == checkout.OrderId)).ShouldBe(1);
        (await CountAsync<CommitStock>(m => m.OrderId == checkout.OrderId)).ShouldBe(1);
        (await CountAsync<VoidPayment>(m => m.OrderId == checkout.OrderId)).ShouldBe(0);
        (await CountAsync<ReleaseStock>(m => m.OrderId == checkout.OrderId)).ShouldBe(0);
    }

    [Fact]
    public async Task An_order_of_a_sold_out_product_is_cancelled_with_inventorys_reason_and_never_charged()
    {
        var checkout = OrderingShop.Checkout("paula", "tok_visa", DemoProducts.BurrGrinder);

        await fixture.Inbox.DeliverAsync(checkout, Guid.NewGuid());

        var order = await fixture.WaitForStatusAsync("paula", checkout.OrderId, "Cancelled");
        order.CancellationReason!.ShouldContain("GRINDER-BURR");
        order.CancelledAt.ShouldNotBeNull();
        (await CountAsync<AuthorizePayment>(m => m.OrderId == checkout.OrderId)).ShouldBe(0);
    }

    [Fact]
    public async Task Stock_held_late_for_a_cancelled_order_is_given_back()
    {
        var checkout = OrderingShop.Checkout("quentin", "tok_visa", DemoProducts.BurrGrinder);
        await fixture.Inbox.DeliverAsync(checkout, Guid.NewGuid());
        await fixture.WaitForStatusAsync("quentin", checkout.OrderId, "Cancelled");

        await fixture.Inbox.DeliverAsync(new StockReserved(checkout.OrderId), Guid.NewGuid());

        (await CountAsync<ReleaseStock>(m => m.OrderId == checkout.OrderId)).ShouldBe(1);
        (await CountAsync<AuthorizePayment>(m => m.OrderId == checkout.OrderId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_payment_step_that_times_out_cancels_once_and_a_late_authorization_is_voided()
    {
        var checkout = OrderingShop.Checkout("rita", "tok_timeout", DemoProducts.CeramicMug);
        await fixture.Inbox.DeliverAsync(checkout, Guid.NewGuid());
        await fixture.WaitForStatusAsync("rita", checkout.OrderId, "AwaitingPayment");

        await fixture.Inbox.DeliverAsync(new CheckoutStepTimedOut(checkout.OrderId, CheckoutStepTimedOut.PaymentStep), Guid.NewGuid());
        await fixture.Inbox.DeliverAsync(new CheckoutStepTimedOut(checkout.OrderId, CheckoutStepTimedOut.PaymentStep), Guid.NewGuid());

        var order = await fixture.WaitForStatusAsync("rita", checkout.OrderId, "Cancelled");
        order.CancellationReason.ShouldBe("The payment was not authorized within 60 s.");
        (await CountAsync<ReleaseStock>(m => m.OrderId == checkout.OrderId)).ShouldBe(1);
        (await CountAsync<VoidPayment>(m => m.OrderId == checkout.OrderId)).ShouldBe(1);

        await fixture.Inbox.DeliverAsync(new PaymentAuthorized(checkout.OrderId, "auth_late", 10.00m, "EUR"), Guid.NewGuid());

        (await CountAsync<VoidPayment>(m => m.OrderId == checkout.OrderId)).ShouldBe(2);
        (await fixture.WaitForStatusAsync("rita", checkout.OrderId, "Cancelled")).ConfirmedAt.ShouldBeNull();
    }

    [Fact]
    public async Task What_a_handled_message_publishes_gets_ids_derived_from_it()
    {
        var checkout = OrderingShop.Checkout("sven", "tok_visa", DemoProducts.Tamper);
        var envelopeId = Guid.NewGuid();

        await fixture.Inbox.DeliverAsync(checkout, envelopeId);

        var reserve = (await _shop.PublishedWithIdsAsync<ReserveStock>()).Single(published => published.Message.OrderId == checkout.OrderId);
        reserve.Id.ShouldBe(DerivedMessageIds.For(envelopeId, "Ordering", 1, ReserveStock.MessageName));
    }

    private async Task<int> CountAsync<T>(Func<T, bool> matches) where T : class =>
        (await _shop.PublishedAsync<T>()).Count(matches);
}
