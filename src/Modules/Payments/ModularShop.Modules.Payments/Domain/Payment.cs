using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Payments.Domain;

internal enum PaymentStatus
{
    /// <summary>The provider holds the amount on the card.</summary>
    Authorized,

    /// <summary>Nothing is held: declined, refused token, or no answer from the provider.</summary>
    Refused,

    /// <summary>The order will not be fulfilled: any authorization was voided, or none will be made.</summary>
    Voided,

    /// <summary>The goods have left and the authorized amount was taken from the card.</summary>
    Captured,

    /// <summary>The provider refused to take the amount; nothing was taken and the hold was released.</summary>
    CaptureFailed,

    /// <summary>The captured amount was paid back to the card.</summary>
    Refunded,
}

/// <summary>The payment of one order. There is at most one: it is what keeps an order from being charged twice.</summary>
internal sealed class Payment : Entity
{
    private Payment()
    {
    }

    public Guid OrderId { get; private set; }

    public string CustomerId { get; private set; } = "";

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";

    public PaymentStatus Status { get; private set; }

    public string? AuthorizationId { get; private set; }

    public string? Reason { get; private set; }

    public long Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? CapturedAt { get; private set; }

    public DateTimeOffset? RefundedAt { get; private set; }

    public static Payment Authorized(Guid orderId, string customerId, decimal amount, string currency, string authorizationId, DateTimeOffset now) =>
        new()
        {
            OrderId = orderId, CustomerId = customerId, Amount = amount, Currency = currency,
            Status = PaymentStatus.Authorized, AuthorizationId = authorizationId, Version = 1, UpdatedAt = now,
        };

    public static Payment Refused(Guid orderId, string customerId, decimal amount, string currency, string reason, DateTimeOffset now) =>
        new()
        {
            OrderId = orderId, CustomerId = customerId, Amount = amount, Currency = currency,
            Status = PaymentStatus.Refused, Reason = reason, Version = 1, UpdatedAt = now,
        };

    /// <summary>The order was given up before its payment was asked for; a later request will not reach the card.</summary>
    public static Payment VoidedBeforeAuthorization(Guid orderId, string customerId, string reason, DateTimeOffset now) =>
        new() { OrderId = orderId, CustomerId = customerId, Status = PaymentStatus.Voided, Reason = reason, Version = 1, UpdatedAt = now };

    public void Void(string reason, DateTimeOffset now)
    {
        Status = PaymentStatus.Voided;
        Reason = reason;
        Changed(now);
    }

    public void Capture(DateTimeOffset now)
    {
        Status = PaymentStatus.Captured;
        CapturedAt = now;
        Changed(now);
    }

    public void FailCapture(string reason, DateTimeOffset now)
    {
        Status = PaymentStatus.CaptureFailed;
        Reason = reason;
        Changed(now);
    }

    public void Refund(string reason, DateTimeOffset now)
    {
        Status = PaymentStatus.Refunded;
        Reason = reason;
        RefundedAt = now;
        Changed(now);
    }

    private void Changed(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }
}
