namespace ModularShop.Modules.Payments.Contracts;

/// <summary>No money is held for the order: the card was declined, the token refused, or the provider did not answer.</summary>
public sealed record PaymentRefused(Guid OrderId, string Reason)
{
    public const string MessageName = "payments.payment-refused.v1";
}
