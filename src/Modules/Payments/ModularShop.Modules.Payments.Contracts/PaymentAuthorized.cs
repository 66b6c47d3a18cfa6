namespace ModularShop.Modules.Payments.Contracts;

/// <summary>The card holder's bank holds the order's amount.</summary>
public sealed record PaymentAuthorized(Guid OrderId, string AuthorizationId, decimal Amount, string Currency)
{
    public const string MessageName = "payments.payment-authorized.v1";
}
