using ModularShop.BuildingBlocks.Telemetry;
using ModularShop.Modules.Cart.Contracts;
using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Modules.Shipping.Contracts;
using ModularShop.Testing;
using ModularShop.Testing.Telemetry;

namespace ModularShop.Modules.Ordering.Tests.Telemetry;

/// <summary>
/// Ordering's metrics, heard on the shop's own meter while checkouts run through the real modules: each order counts
/// once, however often its messages come, and a message that fails counts as failed and as nothing else.
/// </summary>
public sealed class OrderingMetricsTests(OrderingShop fixture) : IClassFixture<OrderingShop>
{
    private const string Ordering = "Ordering";
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task Each_checkout_counts_once_by_how_it_ends_and_how_long_it_took()
    {
        using var measurements = new ShopMeasurements(_shop);
        var confirmed = OrderingShop.Checkout("tess", "tok_visa", DemoProducts.CeramicMug);
        var soldOut = OrderingShop.Checkout("tess", "tok_visa", DemoProducts.Kettle);
        var declined = OrderingShop.Checkout("tess", "tok_decline", DemoProducts.CeramicMug);
        var envelopeId = Guid.NewGuid();

        await fixture.Inbox.DeliverAsync(confirmed, envelopeId);
        await fixture.Inbox.DeliverAsync(confirmed, envelopeId);
        await fixture.Inbox.DeliverAsync(confirmed, Guid.NewGuid());
        await fixture.Inbox.DeliverAsync(soldOut, Guid.NewGuid());
        await fixture.Inbox.DeliverAsync(declined, Guid.NewGuid());
        await fixture.WaitForStatusAsync("tess", confirmed.OrderId, "Confirmed");
        await fixture.WaitForStatusAsync("tess", soldOut.OrderId, "Cancelled");
        await fixture.WaitForStatusAsync("tess", declined.OrderId, "Cancelled");
        await _shop.IdleAsync();

        measurements.Total("modularshop.orders.placed").ShouldBe(3);
        measurements.Total("modularshop.orders.confirmed").ShouldBe(1);
        measurements.Total("modularshop.orders.cancelled").ShouldBe(2);
        measurements.Total("modularshop.orders.cancelled", ("modularshop.cancel_reason", "out_of_stock")).ShouldBe(1);
        measurements.Total("modularshop.orders.cancelled", ("modularshop.cancel_reason", "payment_refused")).ShouldBe(1);
        measurements.Count("modularshop.checkout.duration", ("modularshop.checkout.outcome", "confirmed")).ShouldBe(1);
        measurements.Count("modularshop.checkout.duration", ("modularshop.checkout.outcome", "cancelled")).ShouldBe(2);
        measurements.Values("modularshop.checkout.duration").ShouldAllBe(seconds => seconds >= 0 && seconds < Eventually.DefaultTimeout.TotalSeconds);

        // The first delivery again is skipped; the same checkout under another envelope is handled and changes nothing.
        var checkedOut = (ShopTelemetry.MessageAttribute, CartCheckedOut.MessageName);
        measurements.Total("modularshop.messages.duplicates", (ShopTelemetry.ModuleAttribute, Ordering), checkedOut).ShouldBe(1);
        measurements.Total("modularshop.messages.handled", (ShopTelemetry.ModuleAttribute, Ordering), checkedOut).ShouldBe(4);
        measurements.Total("modularshop.messages.handled", (ShopTelemetry.ModuleAttribute, "Inventory"), (ShopTelemetry.MessageAttribute, ReserveStock.MessageName)).ShouldBe(3);
        measurements.Total("modularshop.messages.failed").ShouldBe(0);
    }

    [Fact]
    public async Task A_parcel_counts_once_when_it_ships_and_once_when_it_returns_and_an_admins_cancellation_by_its_cause()
    {
        var shipped = OrderingShop.Checkout("tom", "tok_visa", DemoProducts.CeramicMug);
        var cancelled = OrderingShop.Checkout("tom", "tok_visa", DemoProducts.CeramicMug);
        await fixture.Inbox.DeliverAsync(shipped, Guid.NewGuid());
        await fixture.Inbox.DeliverAsync(cancelled, Guid.NewGuid());
        await fixture.WaitForStatusAsync("tom", shipped.OrderId, "Confirmed");
        await fixture.WaitForStatusAsync("tom", cancelled.OrderId, "Confirmed");
        await _shop.IdleAsync();
        using var measurements = new ShopMeasurements(_shop);

        var leftAt = DateTimeOffset.UtcNow;
        await fixture.Inbox.DeliverAsync(new ShipmentShipped(shipped.OrderId, "DHL", "JJD-1", leftAt), Guid.NewGuid());
        await fixture.Inbox.DeliverAsync(new ShipmentShipped(shipped.OrderId, "DHL", "JJD-1", leftAt), Guid.NewGuid());
        await fixture.Inbox.DeliverAsync(new ShipmentReturned(shipped.OrderId, leftAt.AddDays(2)), Guid.NewGuid());
        (await _shop.Admin().PostJsonAsync($"/api/orders/{cancelled.OrderId}/cancel", new { reason = "Asked by the customer." })).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        await _shop.IdleAsync();

        measurements.Total("modularshop.orders.shipped").ShouldBe(1);
        measurements.Total("modularshop.orders.returned").ShouldBe(1);
        measurements.Total("modularshop.orders.cancelled", ("modularshop.cancel_reason", "by_admin")).ShouldBe(1);
        measurements.Count("modularshop.checkout.duration").ShouldBe(0, "the checkouts of these orders had ended before");
    }

    [Fact]
    public async Task An_answer_about_an_order_not_yet_placed_counts_as_a_failed_message_and_moves_no_order()
    {
        using var measurements = new ShopMeasurements(_shop);

        await Should.ThrowAsync<Exception>(() => fixture.Inbox.DeliverAsync(new StockReserved(Guid.NewGuid()), Guid.NewGuid()));

        var stockReserved = (ShopTelemetry.MessageAttribute, StockReserved.MessageName);
        measurements.Total("modularshop.messages.failed", (ShopTelemetry.ModuleAttribute, Ordering), stockReserved).ShouldBe(1);
        measurements.Total("modularshop.messages.handled", (ShopTelemetry.ModuleAttribute, Ordering), stockReserved).ShouldBe(0);
        measurements.Total("modularshop.orders.confirmed").ShouldBe(0);
        measurements.Total("modularshop.orders.cancelled").ShouldBe(0);
    }
}
