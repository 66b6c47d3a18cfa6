namespace ModularShop.Modules.Catalog.Contracts;

/// <summary>
/// A product's price changed: each price is money with its currency, and the new one is in force from
/// <paramref name="ValidFrom"/>. It replaces <see cref="ProductPriceChanged"/>, which read its one currency into both
/// prices and carried no time of its own for the new price.
/// </summary>
/// <param name="ValidFrom">From when the new price is charged; this release's Catalog gives the moment of the change.</param>
/// <param name="Version">The product's version after the change; a consumer that knows a higher version ignores this one.</param>
public sealed record ProductPriceChangedV2(
    Guid ProductId,
    Money OldPrice,
    Money Price,
    DateTimeOffset ValidFrom,
    long Version,
    DateTimeOffset OccurredAt)
{
    public const string MessageName = "catalog.product-price-changed.v2";

    /// <summary>A v1 as v2: both prices in its currency, in force from when it happened.</summary>
    public static ProductPriceChangedV2 Upcast(ProductPriceChanged earlier) =>
        new(
            earlier.ProductId,
            new Money(earlier.OldPrice, earlier.Currency),
            new Money(earlier.Price, earlier.Currency),
            earlier.OccurredAt,
            earlier.Version,
            earlier.OccurredAt);
}
