using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>
/// The payment step times out at Ordering before a slow provider answers. The order is cancelled, and the
/// authorization that arrives afterwards is voided: the customer is not left with money held for nothing.
/// </summary>
public sealed class LateAnswerTests
{
    [Fact]
    public async Task An_authorization_that_arrives_after_the_order_gave_up_is_voided()
    {
        await using var shop = await TestShop.StartAsync(settings =>
        {
            settings.SeedDemoProducts = true;
            settings.Values["Modules:Ordering:PaymentAuthorizationTimeout"] = "00:00:01";
            // Far later than the timeout: a scheduled timeout is polled for, and on a busy machine fires seconds late.
            settings.Values["Modules:Payments:SimulatorLatency"] = "00:00:08";
        });
        await Demo.WaitUntilCartKnowsTheCatalogAsync(shop.Database);
        using var customer = shop.Customer("rose");
        using var anyone = shop.Anonymous();
        await Eventually.Until(async () => (await anyone.GetAsync($"/api/inventory/{DemoProducts.Sencha}")).IsSuccessStatusCode, "Inventory to stock the demo catalog");

        var orderId = await Checkout.PlaceAsync(customer, "tok_visa", (DemoProducts.Sencha, 2));

        var order = await Checkout.FinalStateAsync(customer, orderId);
        order.Status.ShouldBe("Cancelled");
        order.CancellationReason.ShouldBe("The payment was not authorized within 1 s.");
        var payment = await Eventually.Until(() => Checkout.PaymentAsync(customer, orderId), found => found?.Status == "Voided", "the late authorization to be voided", TimeSpan.FromSeconds(30));
        payment!.Reason!.ShouldContain("Order cancelled");
        shop.Database.Count("payments", "simulator_ledger", $"idempotency_key = '{orderId}' AND approved = TRUE AND voided = FALSE").ShouldBe(0);
        await Eventually.Until(async () => (await Checkout.StockAsync(anyone, DemoProducts.Sencha)).Reserved == 0, "the stock to be given back");
        (await Checkout.FinalStateAsync(customer, orderId)).Status.ShouldBe("Cancelled");
    }
}
