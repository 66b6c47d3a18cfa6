using ModularShop.Testing;
using ModularShop.Testing.Telemetry;

namespace ModularShop.EndToEndTests.Telemetry;

/// <summary>
/// The shop's metrics as an operator sees them: a real Prometheus, started by scripts/prometheus.sh, scrapes the
/// shop's <c>GET /metrics</c> while customers check out, and its HTTP API answers with what they did. The names are
/// the instruments' OpenTelemetry names as Prometheus spells them: dots become underscores, counters end in
/// <c>_total</c>, the unit <c>s</c> becomes <c>_seconds</c>.
/// </summary>
[Collection(WholeProcessTelemetry.Name)]
public sealed class PrometheusScrapeTests
{
    [Fact]
    public async Task Prometheus_scraping_the_shop_counts_its_checkouts_by_outcome_and_the_messages_each_module_handled()
    {
        await using var prometheus = await TestPrometheus.StartAsync();
        await using var shop = await Demo.StartShopAsync(settings => settings.Values["Telemetry:Prometheus:Enabled"] = "true");
        await Demo.WaitUntilTheCatalogIsKnownAsync(shop.Database);
        await prometheus.ScrapeAsync(shop);

        var checkouts = new[] { "tok_visa", "tok_visa", "tok_visa", "tok_decline" }.Select(async (token, index) =>
        {
            using var customer = shop.Customer($"scraped-{index}");
            var orderId = await Checkout.PlaceAsync(customer, token, (Checkout.StockedProducts[index], 1));
            return (await Checkout.FinalStateAsync(customer, orderId)).Status;
        });
        (await Task.WhenAll(checkouts)).ShouldBe(["Confirmed", "Confirmed", "Confirmed", "Cancelled"], ignoreOrder: true);
        await shop.IdleAsync();

        // Every checkout has ended before the last of them is timed: from the scrape that shows it, all are counted.
        (await prometheus.UntilAsync("sum(modularshop_checkout_duration_seconds_count)", count => count >= 4)).ShouldBe(4);
        (await prometheus.QueryAsync("sum(modularshop_orders_placed_total)")).ShouldBe(4);
        (await prometheus.QueryAsync("sum(modularshop_orders_confirmed_total)")).ShouldBe(3);
        (await prometheus.QueryAsync("""sum(modularshop_orders_cancelled_total{modularshop_cancel_reason="payment_refused"})""")).ShouldBe(1);
        (await prometheus.QueryAsync("sum(modularshop_orders_cancelled_total)")).ShouldBe(1);
        (await prometheus.QueryAsync("""sum(modularshop_checkout_duration_seconds_count{modularshop_checkout_outcome="confirmed"})""")).ShouldBe(3);
        (await prometheus.QueryAsync("sum(modularshop_stock_reservations_held_total)")).ShouldBe(4);
        foreach (var module in new[] { "Cart", "Ordering", "Inventory", "Payments" })
        {
            (await prometheus.QueryAsync($$"""sum(modularshop_messages_handled_total{modularshop_module="{{module}}"})""")).ShouldNotBeNull().ShouldBeGreaterThan(0, module);
        }
    }
}
