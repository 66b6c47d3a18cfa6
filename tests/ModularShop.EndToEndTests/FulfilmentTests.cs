using System.Net;
using ModularShop.Modules.Ordering;
using ModularShop.Modules.Payments.Contracts;
using ModularShop.Modules.Shipping.Contracts;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>
/// An order's life after confirmation, over HTTP through the real host: Shipping gets its parcel, the warehouse packs
/// and ships it, Payments captures when it leaves and gives the money back when it returns or an admin cancels.
/// </summary>
public sealed class FulfilmentTests(CheckoutTests.Shop fixture) : IClassFixture<CheckoutTests.Shop>
{
    private readonly TestShop _shop = fixture.Value;

    [Fact]
    public async Task A_confirmed_order_is_shipped_with_its_tracking_and_its_payment_is_captured()
    {
        using var customer = _shop.Customer("fulfil-ada");
        using var admin = _shop.Admin();
        var address = new AddressBody("Ada Lovelace", "12 St James's Square", null, "SW1Y 4JH", "London", "GB");
        var orderId = await Checkout.PlaceAsync(customer, new { paymentToken = "tok_visa", shippingAddress = address }, (DemoProducts.Frother, 2));
        var confirmed = await Checkout.FinalStateAsync(customer, orderId);
        confirmed.Status.ShouldBe("Confirmed");

        var waiting = await Fulfilment.ShipmentAsync(admin, orderId);
        waiting.Status.ShouldBe("Waiting");
        waiting.ShipTo.ShouldBe(address);
        waiting.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(2);
        (await Fulfilment.OrderUntilAsync(customer, orderId, order => order.Shipment is not null, "to show its shipment")).Shipment!.Status.ShouldBe("Waiting");
        (await admin.GetStringAsync("/api/shipping/shipments")).ShouldContain(orderId.ToString());

        (await Fulfilment.PackAsync(admin, orderId)).Status.ShouldBe("Packed");
        await Fulfilment.OrderUntilAsync(customer, orderId, order => order.Shipment?.Status == "Packed", "to show its parcel packed");
        (await Fulfilment.ShipAsync(admin, orderId, "DHL", "JJD-0001-2345")).Status.ShouldBe("Shipped");

        var shipped = await Fulfilment.OrderUntilAsync(customer, orderId, order => order.Status == "Shipped", "to be shipped");
        shipped.Shipment!.Status.ShouldBe("Shipped");
        shipped.Shipment.Carrier.ShouldBe("DHL");
        shipped.Shipment.TrackingNumber.ShouldBe("JJD-0001-2345");
        var payment = await Fulfilment.PaymentUntilAsync(customer, orderId, "Captured");
        payment.Amount.ShouldBe(confirmed.Total);
        payment.CapturedAt.ShouldNotBeNull();
        (await admin.GetStringAsync("/api/shipping/shipments")).ShouldNotContain(orderId.ToString());
    }

    [Fact]
    public async Task A_capture_the_card_issuer_refuses_leaves_the_order_shipped_and_nothing_taken()
    {
        using var customer = _shop.Customer("fulfil-bob");
        using var admin = _shop.Admin();
        var orderId = await Checkout.PlaceAsync(customer, "tok_capture_decline", (DemoProducts.Pitcher, 1));
        (await Checkout.FinalStateAsync(customer, orderId)).Status.ShouldBe("Confirmed");
        (await Checkout.PaymentAsync(customer, orderId))!.Status.ShouldBe("Authorized");

        await Fulfilment.ShipmentAsync(admin, orderId);
        await Fulfilment.PackAndShipAsync(admin, orderId);

        var payment = await Fulfilment.PaymentUntilAsync(customer, orderId, "CaptureFailed");
        payment.Reason.ShouldNotBeNullOrEmpty();
        payment.CapturedAt.ShouldBeNull();
        (await Fulfilment.OrderUntilAsync(customer, orderId, order => order.Status == "Shipped", "to be shipped")).Shipment!.TrackingNumber.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_returned_parcel_refunds_the_captured_payment()
    {
        using var customer = _shop.Customer("fulfil-cleo");
        using var admin = _shop.Admin();
        var orderId = await ShippedAndCapturedAsync(customer, admin, DemoProducts.Infuser);

        (await Fulfilment.ReturnAsync(admin, orderId)).Status.ShouldBe("Returned");

        var returned = await Fulfilment.OrderUntilAsync(customer, orderId, order => order.Status == "Returned", "to be returned");
        returned.Shipment!.ReturnedAt.ShouldNotBeNull();
        (await Fulfilment.PaymentUntilAsync(customer, orderId, "Refunded")).RefundedAt.ShouldNotBeNull();
        (await Fulfilment.CancelOrderAsync(admin, orderId)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_admin_cancelling_a_shipped_order_refunds_it_and_the_parcel_stays_shipped_with_its_stock()
    {
        using var customer = _shop.Customer("fulfil-dora");
        using var admin = _shop.Admin();
        var before = await Checkout.StockAsync(customer, DemoProducts.Sencha);
        var orderId = await ShippedAndCapturedAsync(customer, admin, DemoProducts.Sencha);

        var cancel = await Fulfilment.CancelOrderAsync(admin, orderId, "Lost by the carrier.");
        cancel.StatusCode.ShouldBe(HttpStatusCode.OK, await cancel.Content.ReadAsStringAsync());
        var cancelled = await cancel.ReadAsync<OrderBody>();
        cancelled.Status.ShouldBe("Cancelled");
        cancelled.CancellationReason.ShouldBe("Cancelled by an admin: Lost by the carrier.");

        (await Fulfilment.PaymentUntilAsync(customer, orderId, "Refunded")).Amount.ShouldBe(cancelled.Total);
        (await Fulfilment.ShipmentAsync(admin, orderId)).Status.ShouldBe("Shipped");
        (await Fulfilment.CancelOrderAsync(admin, orderId)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Checkout.StockAsync(customer, DemoProducts.Sencha)).OnHand.ShouldBe(before.OnHand - 1, "the unit left with the parcel");
    }

    [Fact]
    public async Task An_admin_cancelling_a_confirmed_order_stops_its_parcel_voids_the_payment_and_puts_its_units_back()
    {
        using var customer = _shop.Customer("fulfil-emil");
        using var admin = _shop.Admin();
        var before = await Checkout.StockAsync(customer, DemoProducts.EspressoCups);
        var orderId = await Checkout.PlaceAsync(customer, "tok_visa", (DemoProducts.EspressoCups, 2));
        (await Checkout.FinalStateAsync(customer, orderId)).Status.ShouldBe("Confirmed");
        await Eventually.Until(async () => (await Checkout.StockAsync(customer, DemoProducts.EspressoCups)).OnHand == before.OnHand - 2, "the confirmed order's units to leave the stock");
        await Fulfilment.ShipmentAsync(admin, orderId);

        (await Fulfilment.CancelOrderAsync(admin, orderId)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await Fulfilment.OrderUntilAsync(customer, orderId, order => order.Shipment?.Status == "Cancelled", "to show its parcel stopped")).Status.ShouldBe("Cancelled");
        await Eventually.Until(async () => (await Fulfilment.ShipmentAsync(admin, orderId)).Status == "Cancelled", "Shipping to cancel the parcel");
        await Fulfilment.PaymentUntilAsync(customer, orderId, "Voided");
        var late = await admin.PostJsonAsync($"/api/shipping/shipments/{orderId}/shipped", new { carrier = "DHL", trackingNumber = Fulfilment.TrackingNumberOf(orderId) });
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Checkout.PaymentAsync(customer, orderId))!.CapturedAt.ShouldBeNull();
        await Eventually.Until(async () => await Checkout.StockAsync(customer, DemoProducts.EspressoCups) == before, "the stopped parcel's units to be back on hand");
    }

    [Fact]
    public async Task Only_an_admin_cancels_an_order_and_only_with_a_reason()
    {
        using var customer = _shop.Customer("fulfil-finn");
        using var admin = _shop.Admin();
        var orderId = await Checkout.PlaceAsync(customer, "tok_visa", (DemoProducts.Frother, 1));
        await Checkout.FinalStateAsync(customer, orderId);

        (await Fulfilment.CancelOrderAsync(customer, orderId)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var blank = await Fulfilment.CancelOrderAsync(admin, orderId, "   ");
        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        blank.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await Fulfilment.CancelOrderAsync(admin, Guid.CreateVersion7())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await customer.GetAsync($"/api/orders/{orderId}")).ReadAsync<OrderBody>()).Status.ShouldBe("Confirmed");
    }

    [Fact]
    public async Task The_same_shipped_news_delivered_twice_captures_once()
    {
        using var customer = _shop.Customer("fulfil-gus");
        using var admin = _shop.Admin();
        var orderId = await ShippedAndCapturedAsync(customer, admin, DemoProducts.Pitcher);
        var shipped = (await _shop.PublishedAsync<ShipmentShipped>()).Single(message => message.OrderId == orderId);

        // Once as the same envelope, as a broker redelivers it, and once as a new one, as a second publish would be.
        var (envelopeId, _) = (await _shop.PublishedWithIdsAsync<ShipmentShipped>()).Single(message => message.Message.OrderId == orderId);
        await _shop.InboxOf<OrderingModule>().DeliverAsync(shipped, envelopeId);
        await _shop.InboxOf<OrderingModule>().DeliverAsync(shipped with { TrackingNumber = "OTHER-1" });
        await _shop.SettledAsync();

        (await _shop.PublishedAsync<CapturePayment>()).Count(message => message.OrderId == orderId).ShouldBe(1);
        _shop.Database.Count("payments", "simulator_ledger", $"idempotency_key = '{orderId}' AND captured_at IS NOT NULL").ShouldBe(1);
        var order = await (await customer.GetAsync($"/api/orders/{orderId}")).ReadAsync<OrderBody>();
        order.Shipment!.TrackingNumber.ShouldBe(Fulfilment.TrackingNumberOf(orderId));
    }

    private static async Task<Guid> ShippedAndCapturedAsync(HttpClient customer, HttpClient admin, Guid product)
    {
        var orderId = await Checkout.PlaceAsync(customer, "tok_visa", (product, 1));
        (await Checkout.FinalStateAsync(customer, orderId)).Status.ShouldBe("Confirmed");
        await Fulfilment.ShipmentAsync(admin, orderId);
        await Fulfilment.PackAndShipAsync(admin, orderId);
        await Fulfilment.PaymentUntilAsync(customer, orderId, "Captured");
        return orderId;
    }
}
