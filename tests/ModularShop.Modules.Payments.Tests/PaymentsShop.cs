using ModularShop.Testing;

namespace ModularShop.Modules.Payments.Tests;

/// <summary>One shop for a test class; Payments needs no catalog.</summary>
public sealed class PaymentsShop : IAsyncLifetime
{
    public TestShop Shop { get; private set; } = null!;

    public async Task InitializeAsync() => Shop = await TestShop.StartAsync();

    public async Task DisposeAsync() => await Shop.DisposeAsync();
}

/// <summary>GET /api/payments/{orderId}, as the customer or an admin reads it.</summary>
public sealed record PaymentBody(
    Guid OrderId, string Status, decimal Amount, string Currency, string? AuthorizationId, string? Reason,
    DateTimeOffset? CapturedAt = null, DateTimeOffset? RefundedAt = null);
