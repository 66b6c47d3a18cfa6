namespace ModularShop.Modules.Ordering.Contracts;

/// <summary>Stock is held and payment authorized: the order will be fulfilled.</summary>
public sealed record OrderConfirmed(Guid OrderId, string CustomerId, decimal Total, string Currency, DateTimeOffset OccurredAt)
{
    public const string MessageName = "ordering.order-confirmed.v1";
}
