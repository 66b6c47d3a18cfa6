using System.Net;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>What the warehouse does to an order's parcel through Shipping's admin API, and what the order and its payment show after.</summary>
public static class Fulfilment
{
    /// <summary>The parcel Shipping has for the order, once it has one: Ordering asks for it when the order is confirmed.</summary>
    public static async Task<ShipmentBody> ShipmentAsync(HttpClient admin, Guid orderId) =>
        (await Eventually.Until<ShipmentBody?>(
            async () =>
            {
                var response = await admin.GetAsync($"/api/shipping/shipments/{orderId}");
                return response.StatusCode == HttpStatusCode.OK ? await response.ReadAsync<ShipmentBody>() : null;
            },
            shipment => shipment is not null,
            $"Shipping to have a shipment for order {orderId}"))!;

    public static async Task<ShipmentBody> PackAsync(HttpClient admin, Guid orderId) =>
        await ExpectOkAsync(await admin.PostJsonAsync($"/api/shipping/shipments/{orderId}/packed", new { }));

    public static async Task<ShipmentBody> ShipAsync(HttpClient admin, Guid orderId, string carrier = "DHL", string? trackingNumber = null) =>
        await ExpectOkAsync(await admin.PostJsonAsync($"/api/shipping/shipments/{orderId}/shipped", new { carrier, trackingNumber = trackingNumber ?? TrackingNumberOf(orderId) }));

    /// <summary>Packs the parcel, then hands it to the carrier: a parcel is always packed before it ships.</summary>
    public static async Task<ShipmentBody> PackAndShipAsync(HttpClient admin, Guid orderId, string carrier = "DHL", string? trackingNumber = null)
    {
        await PackAsync(admin, orderId);
        return await ShipAsync(admin, orderId, carrier, trackingNumber);
    }

    public static async Task<ShipmentBody> ReturnAsync(HttpClient admin, Guid orderId) =>
        await ExpectOkAsync(await admin.PostJsonAsync($"/api/shipping/shipments/{orderId}/returned", new { }));

    public static Task<HttpResponseMessage> CancelOrderAsync(HttpClient admin, Guid orderId, string reason = "The customer asked us to.") =>
        admin.PostJsonAsync($"/api/orders/{orderId}/cancel", new { reason });

    /// <summary>A tracking number of the right shape that tells which order it belongs to.</summary>
    public static string TrackingNumberOf(Guid orderId) => $"TRK-{orderId.ToString("N")[..12].ToUpperInvariant()}";

    public static Task<OrderBody> OrderUntilAsync(HttpClient customer, Guid orderId, Func<OrderBody, bool> condition, string what, TimeSpan? timeout = null) =>
        Eventually.Until(async () => await (await customer.GetAsync($"/api/orders/{orderId}")).ReadAsync<OrderBody>(), condition, $"order {orderId} {what}", timeout);

    public static async Task<PaymentBody> PaymentUntilAsync(HttpClient customer, Guid orderId, string status, TimeSpan? timeout = null) =>
        (await Eventually.Until(() => Checkout.PaymentAsync(customer, orderId), payment => payment?.Status == status, $"the payment of order {orderId} to be {status}", timeout))!;

    private static async Task<ShipmentBody> ExpectOkAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ShipmentBody>();
    }
}

public sealed record ShipmentBody(Guid OrderId, string Status, List<ShipmentLineBody> Lines, AddressBody? ShipTo, string? Carrier, string? TrackingNumber);

public sealed record ShipmentLineBody(Guid ProductId, string Sku, string Name, int Quantity);
