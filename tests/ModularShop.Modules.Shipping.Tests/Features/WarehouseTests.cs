using System.Net;
using ModularShop.Testing;

namespace ModularShop.Modules.Shipping.Tests.Features;

/// <summary>An admin moves a shipment through the warehouse over HTTP: packed, shipped, returned, and nothing out of turn.</summary>
public sealed class WarehouseTests(ShippingShop fixture) : IClassFixture<ShippingShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task Packing_then_shipping_shows_the_carrier_and_tracking_number()
    {
        var orderId = await _shop.NewShipmentAsync();

        var packed = await _shop.PackAsync(orderId);
        var shipped = await _shop.ShipAsync(orderId, "  DHL Express ", " JD0146-0001 ");

        packed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await packed.ReadAsync<ShipmentBody>()).ShouldSatisfyAllConditions(
            shipment => shipment.Status.ShouldBe("Packed"),
            shipment => shipment.PackedAt.ShouldNotBeNull());
        shipped.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await shipped.ReadAsync<ShipmentBody>();
        (body.OrderId, body.Status, body.Carrier, body.TrackingNumber).ShouldBe((orderId, "Shipped", "DHL Express", "JD0146-0001"));
        body.ShippedAt.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(body.PackedAt!.Value);
        (await _shop.ShipmentAsync(orderId)).ShouldBe(body, new ShipmentComparer());
    }

    [Fact]
    public async Task Packing_or_shipping_again_the_same_way_answers_the_shipment_as_it_is()
    {
        var orderId = await _shop.NewShipmentAsync();
        var firstPack = await (await _shop.PackAsync(orderId)).ReadAsync<ShipmentBody>();

        var packedAgain = await _shop.PackAsync(orderId);
        (await _shop.ShipAsync(orderId, "DHL", "JD-7")).EnsureSuccessStatusCode();
        var shippedAgain = await _shop.ShipAsync(orderId, "DHL", "JD-7");

        packedAgain.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await packedAgain.ReadAsync<ShipmentBody>()).PackedAt.ShouldBe(firstPack.PackedAt);
        shippedAgain.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await shippedAgain.ReadAsync<ShipmentBody>()).ShouldSatisfyAllConditions(
            shipment => shipment.Status.ShouldBe("Shipped"),
            shipment => shipment.PackedAt.ShouldBe(firstPack.PackedAt));
        using var db = _shop.OpenDatabase();
        db.Scalar($"SELECT version FROM {_shop.Database.Table("shipping", "shipments")} WHERE order_id = {TestDatabase.Id(orderId)}").ShouldBe(3);
    }

    [Fact]
    public async Task Shipping_again_under_another_tracking_number_is_a_409_and_keeps_the_first()
    {
        var orderId = await _shop.NewShipmentAsync();
        (await _shop.PackAsync(orderId)).EnsureSuccessStatusCode();
        (await _shop.ShipAsync(orderId, "DHL", "JD-1")).EnsureSuccessStatusCode();

        var response = await _shop.ShipAsync(orderId, "DHL", "JD-2");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.ReadProblemAsync()).Detail.ShouldNotBeNull().ShouldContain("Shipped");
        (await _shop.ShipmentAsync(orderId)).TrackingNumber.ShouldBe("JD-1");
    }

    [Fact]
    public async Task A_waiting_shipment_cannot_be_shipped_before_it_is_packed()
    {
        var orderId = await _shop.NewShipmentAsync();

        var response = await _shop.ShipAsync(orderId);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.ReadProblemAsync()).Detail.ShouldNotBeNull().ShouldContain("Waiting");
        (await _shop.ShipmentAsync(orderId)).ShouldSatisfyAllConditions(
            shipment => shipment.Status.ShouldBe("Waiting"),
            shipment => shipment.Carrier.ShouldBeNull());
    }

    [Fact]
    public async Task A_shipped_parcel_comes_back_as_returned()
    {
        var orderId = await _shop.NewShipmentAsync();
        (await _shop.PackAsync(orderId)).EnsureSuccessStatusCode();
        (await _shop.ShipAsync(orderId)).EnsureSuccessStatusCode();

        var returned = await _shop.ReturnAsync(orderId);
        var returnedAgain = await _shop.ReturnAsync(orderId);

        returned.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await returned.ReadAsync<ShipmentBody>();
        (body.Status, body.TrackingNumber).ShouldBe(("Returned", "JD0146-0001"));
        body.ReturnedAt.ShouldNotBeNull();
        returnedAgain.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await returnedAgain.ReadAsync<ShipmentBody>()).ReturnedAt.ShouldBe(body.ReturnedAt);
    }

    [Fact]
    public async Task A_parcel_that_was_not_shipped_cannot_be_returned()
    {
        var orderId = await _shop.NewShipmentAsync();
        (await _shop.PackAsync(orderId)).EnsureSuccessStatusCode();

        var response = await _shop.ReturnAsync(orderId);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.ReadProblemAsync()).Detail.ShouldNotBeNull().ShouldContain("Packed");
        (await _shop.ShipmentAsync(orderId)).Status.ShouldBe("Packed");
    }

    [Fact]
    public async Task A_returned_parcel_cannot_be_packed_again()
    {
        var orderId = await _shop.NewShipmentAsync();
        (await _shop.PackAsync(orderId)).EnsureSuccessStatusCode();
        (await _shop.ShipAsync(orderId)).EnsureSuccessStatusCode();
        (await _shop.ReturnAsync(orderId)).EnsureSuccessStatusCode();

        var response = await _shop.PackAsync(orderId);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.ReadProblemAsync()).Detail.ShouldNotBeNull().ShouldContain("Returned");
    }

    [Fact]
    public async Task Every_move_of_an_unknown_order_is_a_404()
    {
        var orderId = Guid.CreateVersion7();
        using var admin = _shop.Admin();

        HttpResponseMessage[] responses =
        [
            await admin.GetAsync($"/api/shipping/shipments/{orderId}"),
            await _shop.PackAsync(orderId),
            await _shop.ShipAsync(orderId),
            await _shop.ReturnAsync(orderId),
        ];

        responses.Select(response => response.StatusCode).ShouldAllBe(status => status == HttpStatusCode.NotFound);
        (await responses[1].ReadProblemAsync()).Status.ShouldBe(404);
        _shop.Shipments(orderId).ShouldBe(0);
    }

    [Fact]
    public async Task Only_admins_see_and_move_shipments()
    {
        var orderId = await _shop.NewShipmentAsync();
        using var customer = _shop.Customer("hana");
        using var anonymous = _shop.Anonymous();

        HttpResponseMessage[] asCustomer =
        [
            await customer.GetAsync("/api/shipping/shipments"),
            await customer.GetAsync($"/api/shipping/shipments/{orderId}"),
            await customer.PostAsync($"/api/shipping/shipments/{orderId}/packed", null),
            await customer.PostJsonAsync($"/api/shipping/shipments/{orderId}/shipped", new { carrier = "DHL", trackingNumber = "JD-1" }),
            await customer.PostAsync($"/api/shipping/shipments/{orderId}/returned", null),
        ];
        var asAnonymous = await anonymous.PostAsync($"/api/shipping/shipments/{orderId}/packed", null);

        asCustomer.Select(response => response.StatusCode).ShouldAllBe(status => status == HttpStatusCode.Forbidden);
        asAnonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _shop.ShipmentAsync(orderId)).Status.ShouldBe("Waiting");
    }

    [Theory]
    [InlineData(null, "JD-1", "carrier")]
    [InlineData("   ", "JD-1", "carrier")]
    [InlineData("DHL", null, "trackingNumber")]
    [InlineData("DHL", "", "trackingNumber")]
    [InlineData("DHL", "JD 0001", "trackingNumber")]
    [InlineData("DHL", "JD/0001", "trackingNumber")]
    [InlineData("DHL", "-JD0001", "trackingNumber")]
    [InlineData("DHL", "JD\n0001", "trackingNumber")]
    public async Task A_missing_or_malformed_carrier_or_tracking_number_is_a_400_and_ships_nothing(string? carrier, string? trackingNumber, string field)
    {
        var orderId = await _shop.NewShipmentAsync();
        (await _shop.PackAsync(orderId)).EnsureSuccessStatusCode();

        var response = await _shop.ShipAsync(orderId, carrier, trackingNumber);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Errors.ShouldNotBeNull().Keys.ShouldHaveSingleItem().ShouldBe(field);
        (await _shop.ShipmentAsync(orderId)).ShouldSatisfyAllConditions(
            shipment => shipment.Status.ShouldBe("Packed"),
            shipment => shipment.Carrier.ShouldBeNull(),
            shipment => shipment.TrackingNumber.ShouldBeNull());
    }

    [Fact]
    public async Task A_carrier_or_tracking_number_longer_than_the_shop_keeps_is_a_400()
    {
        var orderId = await _shop.NewShipmentAsync();
        (await _shop.PackAsync(orderId)).EnsureSuccessStatusCode();

        var tooLongCarrier = await _shop.ShipAsync(orderId, new string('C', 51), "JD-1");
        var tooLongNumber = await _shop.ShipAsync(orderId, "DHL", new string('9', 65));
        var longest = await _shop.ShipAsync(orderId, new string('C', 50), new string('9', 64));

        tooLongCarrier.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        tooLongNumber.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        longest.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _shop.ShipmentAsync(orderId)).TrackingNumber.ShouldBe(new string('9', 64));
    }

    /// <summary>Two reads of one shipment agree; timestamps may come back in another offset notation.</summary>
    private sealed class ShipmentComparer : IEqualityComparer<ShipmentBody>
    {
        public bool Equals(ShipmentBody? x, ShipmentBody? y) =>
            x is not null && y is not null && x.OrderId == y.OrderId && x.Status == y.Status && x.Carrier == y.Carrier
            && x.TrackingNumber == y.TrackingNumber && x.ShippedAt == y.ShippedAt && x.Lines.SequenceEqual(y.Lines);

        public int GetHashCode(ShipmentBody obj) => obj.OrderId.GetHashCode();
    }
}
