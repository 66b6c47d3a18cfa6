namespace ModularShop.Modules.Ordering.Domain;

/// <summary>The ways a checkout can end without an order; the reason given with each says more.</summary>
internal enum CancellationCause
{
    /// <summary>Inventory could not hold every line (sold out, not stocked, a quantity it cannot take).</summary>
    OutOfStock,

    /// <summary>Payments did not authorize the amount (declined, a token refused, the provider silent).</summary>
    PaymentRefused,

    /// <summary>Inventory or Payments did not answer within its step's timeout.</summary>
    TimedOut,
}
