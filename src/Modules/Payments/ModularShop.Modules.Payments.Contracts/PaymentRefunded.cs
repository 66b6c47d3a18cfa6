namespace ModularShop.Modules.Payments.Contracts;

/// <summary>The captured amount has been paid back to the card.</summary>
public sealed record PaymentRefunded(Guid OrderId, decimal Amount, string Currency, DateTimeOffset RefundedAt)
{
    public const string MessageName = "payments.payment-refunded.v1";
}
