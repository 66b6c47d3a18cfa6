namespace ModularShop.Modules.Ordering.Contracts;

/// <summary>The order will not be fulfilled; whatever was held for it has been asked back.</summary>
public sealed record OrderCancelled(Guid OrderId, string CustomerId, string Reason, DateTimeOffset OccurredAt)
{
    public const string MessageName = "ordering.order-cancelled.v1";
}
