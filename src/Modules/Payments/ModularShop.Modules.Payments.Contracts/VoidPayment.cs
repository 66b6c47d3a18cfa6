namespace ModularShop.Modules.Payments.Contracts;

/// <summary>
/// The order will not be fulfilled: void its authorization. Sent also when no authorization may exist yet: an
/// authorization request that arrives after its void is not sent to the card.
/// </summary>
public sealed record VoidPayment(Guid OrderId, string CustomerId, string Reason)
{
    public const string MessageName = "payments.void-payment.v1";
}
