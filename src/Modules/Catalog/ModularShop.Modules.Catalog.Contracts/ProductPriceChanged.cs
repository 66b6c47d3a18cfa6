namespace ModularShop.Modules.Catalog.Contracts;

/// <summary>A product's price changed.</summary>
/// <param name="Version">The product's version after the change; a consumer that knows a higher version ignores this one.</param>
public sealed record ProductPriceChanged(
    Guid ProductId,
    decimal OldPrice,
    decimal Price,
    string Currency,
    long Version,
    DateTimeOffset OccurredAt)
{
    public const string MessageName = "catalog.product-price-changed.v1";
}
