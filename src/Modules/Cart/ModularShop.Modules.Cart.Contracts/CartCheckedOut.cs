namespace ModularShop.Modules.Cart.Contracts;

/// <summary>
/// A customer checked out their cart: these lines, at the prices they saw, are to become order <see cref="OrderId"/>.
/// The cart is empty from now on.
/// </summary>
/// <param name="ShippingAddress">
/// Added after v1 was published, so it may be missing: a Cart of an older version sends none, and an older Ordering
/// reads past it.
/// </param>
public sealed record CartCheckedOut(
    Guid OrderId,
    string CustomerId,
    IReadOnlyList<CheckedOutLine> Lines,
    decimal Total,
    string Currency,
    string PaymentToken,
    DateTimeOffset OccurredAt,
    ShippingAddress? ShippingAddress = null)
{
    public const string MessageName = "cart.cart-checked-out.v1";

    /// <summary>The longest card token a checkout takes, and Ordering keeps until the payment is asked for.</summary>
    public const int MaxPaymentTokenLength = 100;
}

/// <summary>One line of a checked-out cart.</summary>
public sealed record CheckedOutLine(Guid ProductId, string Sku, string Name, decimal UnitPrice, int Quantity);
