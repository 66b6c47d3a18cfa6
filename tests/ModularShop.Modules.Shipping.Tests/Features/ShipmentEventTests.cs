using ModularShop.Modules.Shipping.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Shipping.Tests.Features;

/// <summary>What Shipping tells the other modules as the warehouse moves a parcel: each move once, with what it carries.</summary>
public sealed class ShipmentEventTests(ShippingShop fixture) : IClassFixture<ShippingShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task Packing_and_shipping_twice_publishes_ShipmentPacked_and_ShipmentShipped_once_each()
    {
        var orderId = await _shop.NewShipmentAsync();

        await _shop.PackAsync(orderId);
        await _shop.PackAsync(orderId);
        var shipment = await (await _shop.ShipAsync(orderId, "DHL", "JD-42")).ReadAsync<ShipmentBody>();
        await _shop.ShipAsync(orderId, "DHL", "JD-42");

        var events = await _shop.EventsAboutAsync(orderId);
        events.Count.ShouldBe(2);
        events.OfType<ShipmentPacked>().ShouldHaveSingleItem().PackedAt.ShouldBe(shipment.PackedAt!.Value);
        var shipped = events.OfType<ShipmentShipped>().ShouldHaveSingleItem();
        (shipped.Carrier, shipped.TrackingNumber, shipped.ShippedAt).ShouldBe(("DHL", "JD-42", shipment.ShippedAt!.Value));
    }

    [Fact]
    public async Task Returning_a_shipped_parcel_publishes_ShipmentReturned_once()
    {
        var orderId = await _shop.NewShipmentAsync();
        await _shop.PackAsync(orderId);
        await _shop.ShipAsync(orderId);

        var shipment = await (await _shop.ReturnAsync(orderId)).ReadAsync<ShipmentBody>();
        await _shop.ReturnAsync(orderId);

        (await _shop.PublishedAsync<ShipmentReturned>()).Where(returned => returned.OrderId == orderId)
            .ShouldHaveSingleItem().ReturnedAt.ShouldBe(shipment.ReturnedAt!.Value);
    }

    [Fact]
    public async Task A_refused_move_publishes_nothing()
    {
        var orderId = await _shop.NewShipmentAsync();

        await _shop.ShipAsync(orderId);
        await _shop.ReturnAsync(orderId);
        await _shop.ShipAsync(orderId, "DHL", "not a number");

        (await _shop.EventsAboutAsync(orderId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Cancelling_a_waiting_shipment_twice_publishes_ShipmentCancelled_once()
    {
        var orderId = await _shop.NewShipmentAsync();

        await _shop.CancelAsync(orderId, "The customer changed their mind");
        await _shop.CancelAsync(orderId, "Again");

        var shipment = await _shop.ShipmentAsync(orderId);
        var cancelled = (await _shop.EventsAboutAsync(orderId)).ShouldHaveSingleItem().ShouldBeOfType<ShipmentCancelled>();
        (cancelled.Reason, cancelled.CancelledAt).ShouldBe(("The customer changed their mind", shipment.CancelledAt!.Value));
    }

    [Fact]
    public async Task Cancelling_a_packed_shipment_publishes_ShipmentCancelled_once()
    {
        var orderId = await _shop.NewShipmentAsync();
        await _shop.PackAsync(orderId);

        await _shop.CancelAsync(orderId);
        await _shop.CancelAsync(orderId);

        (await _shop.EventsAboutAsync(orderId)).OfType<ShipmentCancelled>().ShouldHaveSingleItem().Reason.ShouldBe("Cancelled by an admin");
    }

    [Fact]
    public async Task A_cancellation_before_the_shipment_was_created_publishes_ShipmentCancelled_once()
    {
        var orderId = Guid.CreateVersion7();

        await _shop.CancelAsync(orderId, "Cancelled early");
        await _shop.CreateAsync(orderId);
        await _shop.CancelAsync(orderId, "Cancelled early");

        (await _shop.EventsAboutAsync(orderId)).ShouldHaveSingleItem().ShouldBeOfType<ShipmentCancelled>().Reason.ShouldBe("Cancelled early");
    }

    [Fact]
    public async Task Cancelling_a_shipped_parcel_publishes_no_ShipmentCancelled()
    {
        var orderId = await _shop.NewShipmentAsync();
        await _shop.PackAsync(orderId);
        await _shop.ShipAsync(orderId);

        await _shop.CancelAsync(orderId);

        (await _shop.EventsAboutAsync(orderId)).OfType<ShipmentCancelled>().ShouldBeEmpty();
    }
}
