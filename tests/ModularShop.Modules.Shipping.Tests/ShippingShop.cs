using ModularShop.Testing;

namespace ModularShop.Modules.Shipping.Tests;

/// <summary>One shop for a test class; Shipping needs no catalog.</summary>
public sealed class ShippingShop : IAsyncLifetime
{
    public TestShop Shop { get; private set; } = null!;

    public async Task InitializeAsync() => Shop = await TestShop.StartAsync();

    public async Task DisposeAsync() => await Shop.DisposeAsync();
}

/// <summary>A shipment as GET /api/shipping/shipments/{orderId} shows it.</summary>
public sealed record ShipmentBody(
    Guid OrderId,
    string Status,
    IReadOnlyList<ShipmentLineBody> Lines,
    AddressBody? ShipTo,
    string? Carrier,
    string? TrackingNumber,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PackedAt,
    DateTimeOffset? ShippedAt,
    DateTimeOffset? ReturnedAt,
    DateTimeOffset? CancelledAt,
    string? CancellationReason);

public sealed record ShipmentLineBody(Guid ProductId, string Sku, string Name, int Quantity);

public sealed record AddressBody(string Recipient, string Line1, string? Line2, string PostalCode, string City, string CountryCode);

public sealed record ShipmentPageBody(IReadOnlyList<ShipmentBody> Items, int Page, int PageSize, int Total);
