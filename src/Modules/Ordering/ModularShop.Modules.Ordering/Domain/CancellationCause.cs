namespace ModularShop.Modules.Ordering.Domain;

/// <summary>The ways an order ends cancelled; the reason given with each says more.</summary>
internal enum CancellationCause
{
    /// <summary>Inventory could not hold every line (sold out, not stocked, a quantity it cannot take).</summary>
    OutOfStock,

    /// <summary>Payments did not authorize the amount (declined, a token refused, the provider silent).</summary>
    PaymentRefused,

    /// <summary>Inventory or Payments did not answer within its step's timeout.</summary>
    TimedOut,

    /// <summary>An admin cancelled the order, during its checkout or after it was confirmed.</summary>
    ByAdmin,
}
