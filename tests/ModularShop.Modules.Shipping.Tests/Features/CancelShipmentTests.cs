using ModularShop.Testing;

namespace ModularShop.Modules.Shipping.Tests.Features;

/// <summary>CancelShipment, as Ordering sends it when an admin cancels a confirmed order: before, during or after the parcel leaves.</summary>
public sealed class CancelShipmentTests(ShippingShop fixture) : IClassFixture<ShippingShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task A_waiting_shipment_is_cancelled_and_leaves_the_warehouses_list()
    {
        var orderId = await _shop.NewShipmentAsync();

        await _shop.CancelAsync(orderId, "The customer changed their mind");

        var shipment = await _shop.ShipmentAsync(orderId);
        (shipment.Status, shipment.CancellationReason).ShouldBe(("Cancelled", "The customer changed their mind"));
        shipment.CancelledAt.ShouldNotBeNull();
        using var admin = _shop.Admin();
        var page = await (await admin.GetAsync("/api/shipping/shipments?pageSize=100")).ReadAsync<ShipmentPageBody>();
        page.Items.ShouldNotContain(item => item.OrderId == orderId);
    }

    [Fact]
    public async Task A_packed_shipment_is_cancelled_and_can_no_longer_be_shipped()
    {
        var orderId = await _shop.NewShipmentAsync();
        (await _shop.PackAsync(orderId)).EnsureSuccessStatusCode();

        await _shop.CancelAsync(orderId);

        (await _shop.ShipmentAsync(orderId)).Status.ShouldBe("Cancelled");
        var response = await _shop.ShipAsync(orderId);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Conflict);
        (await response.ReadProblemAsync()).Detail.ShouldNotBeNull().ShouldContain("Cancelled");
    }

    [Fact]
    public async Task A_cancellation_that_overtakes_its_CreateShipment_keeps_the_order_from_being_shipped()
    {
        var orderId = Guid.CreateVersion7();

        await _shop.CancelAsync(orderId, "Cancelled before it was confirmed here");
        await _shop.CreateAsync(orderId);

        var shipment = await _shop.ShipmentAsync(orderId);
        (shipment.Status, shipment.CancellationReason).ShouldBe(("Cancelled", "Cancelled before it was confirmed here"));
        _shop.Shipments(orderId).ShouldBe(1);
        _shop.Lines(orderId).ShouldBe(0);
        (await _shop.PackAsync(orderId)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_shipped_parcel_stays_shipped_when_its_order_is_cancelled()
    {
        var orderId = await _shop.NewShipmentAsync();
        (await _shop.PackAsync(orderId)).EnsureSuccessStatusCode();
        (await _shop.ShipAsync(orderId, "DHL", "JD-1")).EnsureSuccessStatusCode();

        await _shop.CancelAsync(orderId);

        var shipment = await _shop.ShipmentAsync(orderId);
        (shipment.Status, shipment.TrackingNumber, shipment.CancelledAt, shipment.CancellationReason).ShouldBe(("Shipped", "JD-1", null, null));
    }

    [Fact]
    public async Task A_cancellation_delivered_twice_or_sent_again_keeps_the_first_reason()
    {
        var orderId = await _shop.NewShipmentAsync();
        var envelopeId = Guid.NewGuid();

        await _shop.CancelAsync(orderId, "First reason", envelopeId);
        await _shop.CancelAsync(orderId, "First reason", envelopeId);
        await _shop.CancelAsync(orderId, "Second reason");

        (await _shop.ShipmentAsync(orderId)).CancellationReason.ShouldBe("First reason");
        _shop.Database.Count("shipping", "processed_messages", $"message_id = {TestDatabase.Id(envelopeId)}").ShouldBe(1);
    }
}
