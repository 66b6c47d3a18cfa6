namespace ModularShop.Modules.Ordering.Domain;

/// <summary>
/// The card token of an order whose payment has not been asked for yet. It is kept apart from the order, which
/// support, reports and the order API read, and lives only until the checkout hands it to Payments or the order ends.
/// </summary>
internal sealed class HeldPaymentToken(Guid orderId, string token)
{
    public Guid OrderId { get; private set; } = orderId;

    public string Token { get; private set; } = token;
}
