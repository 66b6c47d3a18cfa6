namespace ModularShop.Modules.Ordering.Contracts;

/// <summary>
/// Ordering's reminder to itself, scheduled when it asks another module for something: if the order is still
/// waiting on that step when this arrives, the order is cancelled. It is public only because the bus carries it.
/// </summary>
public sealed record CheckoutStepTimedOut(Guid OrderId, string Step)
{
    public const string MessageName = "ordering.checkout-step-timed-out.v1";

    public const string StockStep = "stock";
    public const string PaymentStep = "payment";
}
