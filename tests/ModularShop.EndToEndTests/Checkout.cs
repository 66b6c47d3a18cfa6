using System.Net;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>A customer's checkout as the API shows it, and what Inventory and Payments say about it.</summary>
public static class Checkout
{
    public static readonly Guid SoldOutKettle = DemoProducts.Kettle;

    /// <summary>Demo products with 50 in stock each, which the tests that place many orders spread them over.</summary>
    public static readonly Guid[] StockedProducts = [DemoProducts.Frother, DemoProducts.Pitcher, DemoProducts.Infuser, DemoProducts.Sencha, DemoProducts.EspressoCups];

    public static Task<Guid> PlaceAsync(HttpClient customer, string paymentToken, params (Guid Product, int Quantity)[] lines) =>
        PlaceAsync(customer, new { paymentToken }, lines);

    /// <summary>Fills the cart, then checks out with <paramref name="checkout"/> as the body.</summary>
    public static async Task<Guid> PlaceAsync(HttpClient customer, object checkout, params (Guid Product, int Quantity)[] lines)
    {
        foreach (var (product, quantity) in lines)
        {
            (await customer.PostJsonAsync("/api/cart/items", new { productId = product, quantity })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var response = await customer.PostJsonAsync("/api/cart/checkout", checkout);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return (await response.ReadAsync<Accepted>()).OrderId;
    }

    /// <summary>Waits for the order to end. Ordering places it a moment after the checkout answered, so it may be unknown at first.</summary>
    public static async Task<OrderBody> FinalStateAsync(HttpClient customer, Guid orderId, TimeSpan? timeout = null) =>
        (await Eventually.Until(
            async () =>
            {
                var response = await customer.GetAsync($"/api/orders/{orderId}");
                return response.StatusCode == HttpStatusCode.NotFound ? null : await response.ReadAsync<OrderBody>();
            },
            order => order?.Status is "Confirmed" or "Cancelled",
            $"order {orderId} to be confirmed or cancelled",
            timeout))!;

    public static async Task<StockBody> StockAsync(HttpClient anyone, Guid productId) =>
        await (await anyone.GetAsync($"/api/inventory/{productId}")).ReadAsync<StockBody>();

    public static async Task<PaymentBody?> PaymentAsync(HttpClient customer, Guid orderId)
    {
        var response = await customer.GetAsync($"/api/payments/{orderId}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.ReadAsync<PaymentBody>();
    }

    private sealed record Accepted(Guid OrderId);
}

public sealed record OrderBody(
    Guid Id,
    string Status,
    List<OrderLineBody> Lines,
    decimal Total,
    string Currency,
    string? CancellationReason,
    AddressBody? ShippingAddress = null,
    OrderShipmentBody? Shipment = null);

/// <summary>The parcel as the order shows it.</summary>
public sealed record OrderShipmentBody(string Status, string? Carrier, string? TrackingNumber, DateTimeOffset? ShippedAt, DateTimeOffset? ReturnedAt);

public sealed record AddressBody(string Recipient, string Line1, string? Line2, string PostalCode, string City, string CountryCode);

public sealed record OrderLineBody(Guid ProductId, string Sku, decimal UnitPrice, int Quantity, decimal LineTotal);

public sealed record StockBody(Guid ProductId, string Sku, int OnHand, int Reserved, int Available);

public sealed record PaymentBody(Guid OrderId, string Status, decimal Amount, string Currency, string? AuthorizationId, string? Reason, DateTimeOffset? CapturedAt = null, DateTimeOffset? RefundedAt = null);
