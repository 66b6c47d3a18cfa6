using ModularShop.Modules.Cart.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Ordering.Tests;

/// <summary>A whole shop with the demo catalog, whose Ordering module is fed messages exactly as the bus feeds it.</summary>
public sealed class OrderingShop : IAsyncLifetime
{
    public TestShop Shop { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Shop = await TestShop.StartAsync(settings =>
        {
            settings.SeedDemoProducts = true;
            settings.Values["Modules:Payments:ProviderTimeout"] = "00:02:00";
        });
        await Eventually.Until(() => Shop.Database.Count("inventory", "stock_items") == DemoProducts.Count, "Inventory to stock the demo catalog");
    }

    public async Task DisposeAsync() => await Shop.DisposeAsync();

    public static CartCheckedOut Checkout(string customer, string token, Guid product, int quantity = 1) =>
        new(Guid.CreateVersion7(), customer, [new CheckedOutLine(product, "SKU", "Product", 10.00m, quantity)], 10.00m * quantity, "EUR", token, DateTimeOffset.UtcNow);

    public ModuleInbox<OrderingModule> Inbox => Shop.InboxOf<OrderingModule>();

    public async Task<OrderBody> WaitForStatusAsync(string customer, Guid orderId, string status)
    {
        using var client = Shop.Customer(customer);
        // A message stored for Ordering becomes an order a moment later: until then the order is not found.
        return (await Eventually.Until(
            async () =>
            {
                var response = await client.GetAsync($"/api/orders/{orderId}");
                return response.StatusCode == System.Net.HttpStatusCode.NotFound ? null : await response.ReadAsync<OrderBody>();
            },
            order => order?.Status == status,
            $"order {orderId} to be {status}"))!;
    }
}

public sealed record OrderBody(
    Guid Id,
    string Status,
    List<OrderLineBody> Lines,
    decimal Total,
    string Currency,
    string? CancellationReason,
    DateTimeOffset PlacedAt,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset? CancelledAt,
    AddressBody? ShippingAddress = null);

public sealed record AddressBody(string Recipient, string Line1, string? Line2, string PostalCode, string City, string CountryCode);

public sealed record OrderLineBody(Guid ProductId, string Sku, string Name, decimal UnitPrice, int Quantity, decimal LineTotal);

public sealed record OrderPageBody(List<OrderBody> Items, int Page, int PageSize, int Total);
