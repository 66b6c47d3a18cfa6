using System.Net;
using ModularShop.Testing;

namespace ModularShop.Modules.Shipping.Tests.Features;

/// <summary>CreateShipment, delivered as the bus delivers it when Ordering confirms an order: once, twice, or after a cancellation.</summary>
public sealed class CreateShipmentTests(ShippingShop fixture) : IClassFixture<ShippingShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task A_created_shipment_waits_in_the_warehouses_list_with_its_lines_and_address()
    {
        var orderId = await _shop.NewShipmentAsync();
        using var admin = _shop.Admin();

        var response = await admin.GetAsync("/api/shipping/shipments?pageSize=100&status=waiting");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var listed = (await response.ReadAsync<ShipmentPageBody>()).Items.Where(item => item.OrderId == orderId).ShouldHaveSingleItem();
        listed.Status.ShouldBe("Waiting");
        listed.Lines.Select(line => (line.Sku, line.Name, line.Quantity)).ShouldBe([("MUG-BLUE", "Blue mug", 2), ("TEAPOT-1", "Teapot", 1)]);
        listed.ShipTo.ShouldBe(new AddressBody("Hana Novak", "Lindenweg 4", null, "8001", "Zürich", "CH"));
        (listed.Carrier, listed.TrackingNumber, listed.PackedAt, listed.ShippedAt).ShouldBe((null, null, null, null));
    }

    [Fact]
    public async Task An_order_placed_before_addresses_were_asked_for_is_shipped_without_one()
    {
        var orderId = Guid.CreateVersion7();

        await _shop.InboxOf<ShippingModule>().DeliverAsync(Parcels.CreateFor(orderId) with { ShipTo = null });

        (await _shop.ShipmentAsync(orderId)).ShouldSatisfyAllConditions(
            shipment => shipment.Status.ShouldBe("Waiting"),
            shipment => shipment.ShipTo.ShouldBeNull());
    }

    [Fact]
    public async Task The_list_shows_the_shipments_still_to_be_sent_oldest_order_first()
    {
        var older = await _shop.NewShipmentAsync();
        await Task.Delay(5);
        var newer = await _shop.NewShipmentAsync();
        await Task.Delay(5);
        var sent = await _shop.NewShipmentAsync();
        (await _shop.PackAsync(newer)).EnsureSuccessStatusCode();
        (await _shop.PackAsync(sent)).EnsureSuccessStatusCode();
        (await _shop.ShipAsync(sent)).EnsureSuccessStatusCode();
        using var admin = _shop.Admin();

        var page = await (await admin.GetAsync("/api/shipping/shipments?pageSize=100")).ReadAsync<ShipmentPageBody>();

        var mine = page.Items.Where(item => item.OrderId == older || item.OrderId == newer || item.OrderId == sent).Select(item => (item.OrderId, item.Status));
        mine.ShouldBe([(older, "Waiting"), (newer, "Packed")]);
    }

    [Fact]
    public async Task The_same_CreateShipment_delivered_twice_or_sent_again_makes_one_shipment()
    {
        var orderId = Guid.CreateVersion7();
        var envelopeId = Guid.NewGuid();

        await _shop.CreateAsync(orderId, envelopeId);
        await _shop.CreateAsync(orderId, envelopeId);
        await _shop.CreateAsync(orderId);

        _shop.Shipments(orderId).ShouldBe(1);
        _shop.Lines(orderId).ShouldBe(2);
        (await _shop.ShipmentAsync(orderId)).Lines.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_shipment_created_again_after_it_was_packed_stays_packed()
    {
        var orderId = await _shop.NewShipmentAsync();
        (await _shop.PackAsync(orderId)).EnsureSuccessStatusCode();

        await _shop.CreateAsync(orderId);

        (await _shop.ShipmentAsync(orderId)).Status.ShouldBe("Packed");
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=101")]
    [InlineData("status=Lost")]
    [InlineData("status=1")]
    public async Task A_bad_page_or_status_is_a_400(string query)
    {
        using var admin = _shop.Admin();

        var response = await admin.GetAsync($"/api/shipping/shipments?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Errors.ShouldNotBeNull().Keys.ShouldHaveSingleItem().ShouldBe(query.Split('=')[0]);
    }
}
