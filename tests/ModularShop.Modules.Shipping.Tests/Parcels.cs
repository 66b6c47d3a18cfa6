using System.Net;
using ModularShop.Modules.Shipping.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Shipping.Tests;

/// <summary>What the tests ask of Shipping, as Ordering and the warehouse ask it, and where they look for the outcome.</summary>
internal static class Parcels
{
    public static readonly ShipmentAddress Address = new("Hana Novak", "Lindenweg 4", null, "8001", "Zürich", "CH");

    public static CreateShipment CreateFor(Guid orderId, string customerId = "hana", ShipmentAddress? shipTo = null) =>
        new(orderId, customerId, [new ShipmentLine(Guid.NewGuid(), "MUG-BLUE", "Blue mug", 2), new ShipmentLine(Guid.NewGuid(), "TEAPOT-1", "Teapot", 1)], shipTo ?? Address);

    public static Task CreateAsync(this TestShop shop, Guid orderId, Guid? envelopeId = null) =>
        shop.InboxOf<ShippingModule>().DeliverAsync(CreateFor(orderId), envelopeId);

    public static Task CancelAsync(this TestShop shop, Guid orderId, string reason = "Cancelled by an admin", Guid? envelopeId = null) =>
        shop.InboxOf<ShippingModule>().DeliverAsync(new CancelShipment(orderId, reason), envelopeId);

    /// <summary>A new order's shipment, created as Ordering asks for it.</summary>
    public static async Task<Guid> NewShipmentAsync(this TestShop shop)
    {
        var orderId = Guid.CreateVersion7();
        await shop.CreateAsync(orderId);
        return orderId;
    }

    public static async Task<ShipmentBody> ShipmentAsync(this TestShop shop, Guid orderId)
    {
        using var admin = shop.Admin();
        var response = await admin.GetAsync($"/api/shipping/shipments/{orderId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadAsync<ShipmentBody>();
    }

    public static async Task<HttpResponseMessage> PackAsync(this TestShop shop, Guid orderId)
    {
        using var admin = shop.Admin();
        return await admin.PostAsync($"/api/shipping/shipments/{orderId}/packed", null);
    }

    public static async Task<HttpResponseMessage> ShipAsync(this TestShop shop, Guid orderId, string? carrier = "DHL", string? trackingNumber = "JD0146-0001")
    {
        using var admin = shop.Admin();
        return await admin.PostJsonAsync($"/api/shipping/shipments/{orderId}/shipped", new { carrier, trackingNumber });
    }

    public static async Task<HttpResponseMessage> ReturnAsync(this TestShop shop, Guid orderId)
    {
        using var admin = shop.Admin();
        return await admin.PostAsync($"/api/shipping/shipments/{orderId}/returned", null);
    }

    /// <summary>Every event Shipping published about the order, in no particular order.</summary>
    public static async Task<IReadOnlyList<object>> EventsAboutAsync(this TestShop shop, Guid orderId)
    {
        var packed = (await shop.PublishedAsync<ShipmentPacked>()).Where(published => published.OrderId == orderId);
        var shipped = (await shop.PublishedAsync<ShipmentShipped>()).Where(published => published.OrderId == orderId);
        var returned = (await shop.PublishedAsync<ShipmentReturned>()).Where(published => published.OrderId == orderId);
        var cancelled = (await shop.PublishedAsync<ShipmentCancelled>()).Where(published => published.OrderId == orderId);
        return [.. packed, .. shipped, .. returned, .. cancelled];
    }

    public static long Shipments(this TestShop shop, Guid orderId) =>
        shop.Database.Count("shipping", "shipments", $"order_id = {TestDatabase.Id(orderId)}");

    public static long Lines(this TestShop shop, Guid orderId) =>
        shop.Database.Count("shipping", "shipment_lines", $"order_id = {TestDatabase.Id(orderId)}");
}
