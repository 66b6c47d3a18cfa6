namespace ModularShop.Modules.Payments.Contracts;

/// <summary>
/// Authorize the order's amount on the customer's card. Answered with <see cref="PaymentAuthorized"/> or
/// <see cref="PaymentRefused"/>; an order is charged at most once however often this arrives.
/// </summary>
public sealed record AuthorizePayment(Guid OrderId, string CustomerId, decimal Amount, string Currency, string PaymentToken)
{
    public const string MessageName = "payments.authorize-payment.v1";
}
