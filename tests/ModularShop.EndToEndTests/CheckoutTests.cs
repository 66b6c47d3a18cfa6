using System.Net;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>
/// Checkout across Cart, Ordering, Inventory and Payments over HTTP through the real host: every way an order ends,
/// and what stock and payments say afterwards.
/// </summary>
public sealed class CheckoutTests(CheckoutTests.Shop fixture) : IClassFixture<CheckoutTests.Shop>
{
    private readonly TestShop _shop = fixture.Value;

    [Fact]
    public async Task A_checkout_paid_by_card_is_confirmed_its_stock_leaves_and_its_payment_is_authorized()
    {
        using var customer = _shop.Customer("hannah");
        using var anyone = _shop.Anonymous();
        var before = await Checkout.StockAsync(anyone, DemoProducts.Frother);

        var orderId = await Checkout.PlaceAsync(customer, "tok_visa", (DemoProducts.Frother, 2), (DemoProducts.Pitcher, 1));

        (await (await customer.GetAsync("/api/cart")).ReadAsync<CartBody>()).Lines.ShouldBeEmpty();
        var order = await Checkout.FinalStateAsync(customer, orderId);
        order.Status.ShouldBe("Confirmed");
        order.Total.ShouldBe(2 * 19.90m + 16.90m);
        var stock = await Eventually.Until(() => Checkout.StockAsync(anyone, DemoProducts.Frother), found => found.Reserved == 0, "the held units to leave the stock");
        stock.OnHand.ShouldBe(before.OnHand - 2);
        var payment = await Checkout.PaymentAsync(customer, orderId);
        payment!.Status.ShouldBe("Authorized");
        payment.Amount.ShouldBe(order.Total);
        payment.AuthorizationId.ShouldNotBeNullOrEmpty();
        var listed = await (await customer.GetAsync("/api/orders")).ReadAsync<OrderPage>();
        listed.Items.ShouldContain(item => item.Id == orderId);
    }

    [Fact]
    public async Task The_address_given_at_checkout_is_where_the_order_goes()
    {
        using var customer = _shop.Customer("hedy");
        var address = new AddressBody("Hedy Lamarr", "Kärntner Straße 1", "Stiege 2", "1010", "Wien", "AT");

        var orderId = await Checkout.PlaceAsync(customer, new { paymentToken = "tok_visa", shippingAddress = address }, (DemoProducts.Sencha, 1));

        var order = await Checkout.FinalStateAsync(customer, orderId);
        order.Status.ShouldBe("Confirmed");
        order.ShippingAddress.ShouldBe(address);
    }

    [Fact]
    public async Task A_declined_card_cancels_the_order_and_gives_its_stock_back()
    {
        using var customer = _shop.Customer("ian");
        using var anyone = _shop.Anonymous();
        var before = await Checkout.StockAsync(anyone, DemoProducts.Infuser);

        var orderId = await Checkout.PlaceAsync(customer, "tok_decline", (DemoProducts.Infuser, 3));

        var order = await Checkout.FinalStateAsync(customer, orderId);
        order.Status.ShouldBe("Cancelled");
        order.CancellationReason.ShouldBe("The card was declined.");
        await Eventually.Until(async () => (await Checkout.StockAsync(anyone, DemoProducts.Infuser)).Reserved == 0, "the stock to be given back");
        (await Checkout.StockAsync(anyone, DemoProducts.Infuser)).OnHand.ShouldBe(before.OnHand);
        (await Checkout.PaymentAsync(customer, orderId))!.Status.ShouldBe("Refused");
    }

    [Fact]
    public async Task A_token_the_provider_does_not_know_cancels_the_order()
    {
        using var customer = _shop.Customer("jack");

        var orderId = await Checkout.PlaceAsync(customer, "tok_mastercard_from_somewhere", (DemoProducts.Sencha, 1));

        var order = await Checkout.FinalStateAsync(customer, orderId);
        order.Status.ShouldBe("Cancelled");
        order.CancellationReason.ShouldBe("The payment token is not valid.");
    }

    [Fact]
    public async Task An_order_of_a_sold_out_product_is_cancelled_and_never_charged()
    {
        using var customer = _shop.Customer("kate");

        var orderId = await Checkout.PlaceAsync(customer, "tok_visa", (Checkout.SoldOutKettle, 1), (DemoProducts.Sencha, 1));

        var order = await Checkout.FinalStateAsync(customer, orderId);
        order.Status.ShouldBe("Cancelled");
        order.CancellationReason!.ShouldContain("Out of stock");
        order.CancellationReason!.ShouldContain("KETTLE-GOOSE-1L");
        (await Checkout.PaymentAsync(customer, orderId)).ShouldBeNull();
        (await Checkout.StockAsync(_shop.Anonymous(), DemoProducts.Sencha)).Reserved.ShouldBe(0);
    }

    [Fact]
    public async Task A_provider_that_never_answers_cancels_the_order_and_nothing_stays_held()
    {
        using var customer = _shop.Customer("liam");
        using var anyone = _shop.Anonymous();

        var orderId = await Checkout.PlaceAsync(customer, "tok_timeout", (DemoProducts.EspressoCups, 1));

        var order = await Checkout.FinalStateAsync(customer, orderId);
        order.Status.ShouldBe("Cancelled");
        order.CancellationReason.ShouldBe("The payment provider did not answer within 1 s.");
        (await Checkout.PaymentAsync(customer, orderId))!.Status.ShouldBe("Refused");
        await Eventually.Until(async () => (await Checkout.StockAsync(anyone, DemoProducts.EspressoCups)).Reserved == 0, "the stock to be given back");
    }

    [Fact]
    public async Task Of_two_simultaneous_checkouts_of_the_last_unit_exactly_one_is_confirmed()
    {
        using var admin = _shop.Admin();
        using var anyone = _shop.Anonymous();
        (await admin.PutJsonAsync($"/api/inventory/{DemoProducts.Teapot}", new { onHand = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var mona = _shop.Customer("mona");
        using var nate = _shop.Customer("nate");
        foreach (var customer in new[] { mona, nate })
        {
            (await customer.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.Teapot, quantity = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var checkouts = await Task.WhenAll(
            mona.PostJsonAsync("/api/cart/checkout", new { paymentToken = "tok_visa" }),
            nate.PostJsonAsync("/api/cart/checkout", new { paymentToken = "tok_visa" }));

        checkouts.ShouldAllBe(response => response.StatusCode == HttpStatusCode.Accepted);
        var orders = await Task.WhenAll(
            Checkout.FinalStateAsync(mona, (await checkouts[0].ReadAsync<Placed>()).OrderId),
            Checkout.FinalStateAsync(nate, (await checkouts[1].ReadAsync<Placed>()).OrderId));
        orders.Count(order => order.Status == "Confirmed").ShouldBe(1);
        orders.Single(order => order.Status == "Cancelled").CancellationReason!.ShouldContain("TEAPOT-CAST-800");
        var stock = await Eventually.Until(() => Checkout.StockAsync(anyone, DemoProducts.Teapot), found => found.Reserved == 0, "the held unit to leave the stock");
        stock.OnHand.ShouldBe(0);
    }

    [Fact]
    public async Task A_double_click_on_checkout_places_one_order()
    {
        using var olive = _shop.Customer("olive");
        (await olive.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.Sencha, quantity = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var clicks = await Task.WhenAll(
            olive.PostJsonAsync("/api/cart/checkout", new { paymentToken = "tok_visa" }),
            olive.PostJsonAsync("/api/cart/checkout", new { paymentToken = "tok_visa" }));

        clicks.Count(response => response.StatusCode == HttpStatusCode.Accepted).ShouldBe(1);
        clicks.Single(response => response.StatusCode != HttpStatusCode.Accepted).StatusCode.ShouldBeOneOf(HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity);
        var orderId = (await clicks.Single(response => response.StatusCode == HttpStatusCode.Accepted).ReadAsync<Placed>()).OrderId;
        (await Checkout.FinalStateAsync(olive, orderId)).Status.ShouldBe("Confirmed");
        (await (await olive.GetAsync("/api/orders")).ReadAsync<OrderPage>()).Total.ShouldBe(1);
    }

    [Fact]
    public async Task Another_customers_order_and_payment_do_not_exist_for_you()
    {
        using var owner = _shop.Customer("paul");
        using var stranger = _shop.Customer("quinn");
        var orderId = await Checkout.PlaceAsync(owner, "tok_visa", (DemoProducts.Sencha, 1));
        await Checkout.FinalStateAsync(owner, orderId);

        (await stranger.GetAsync($"/api/orders/{orderId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/api/payments/{orderId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _shop.Admin().GetAsync($"/api/payments/{orderId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public sealed class Shop : IAsyncLifetime
    {
        public TestShop Value { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Value = await TestShop.StartAsync(settings =>
            {
                settings.SeedDemoProducts = true;
                settings.Values["Modules:Payments:ProviderTimeout"] = "00:00:01";
            });
            await Demo.WaitUntilCartKnowsTheCatalogAsync(Value.Database);
            await Demo.WaitUntilInventoryStocksTheCatalogAsync(Value.Database);
        }

        public async Task DisposeAsync() => await Value.DisposeAsync();
    }

    private sealed record Placed(Guid OrderId);

    private sealed record OrderPage(List<OrderBody> Items, int Total);
}
