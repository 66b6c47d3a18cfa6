namespace ModularShop.Modules.Catalog.Contracts;

/// <summary>
/// A product's price changed. Superseded by <see cref="ProductPriceChangedV2"/>: Catalog publishes this one while
/// <c>Modules:Catalog:PriceChangedVersion</c> is 1, and its consumers read it as v2 through
/// <see cref="ProductPriceChangedV2.Upcast"/> until it is retired.
/// </summary>
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
