using ModularShop.Modules.Catalog.Contracts;
using ModularShop.Modules.Catalog.Domain;

namespace ModularShop.Modules.Catalog.Features;

/// <summary>Turns product changes into the integration events other modules learn from.</summary>
internal static class ProductEvents
{
    public static ProductCreated Created(Product product) =>
        new(product.Id, product.Sku, product.Name, product.Description, product.Price, product.Currency, product.Version, product.UpdatedAt);

    public static ProductPriceChanged PriceChanged(Product product, decimal oldPrice) =>
        new(product.Id, oldPrice, product.Price, product.Currency, product.Version, product.UpdatedAt);

    /// <summary>The price is in force from the moment it changed: Catalog has no prices set ahead.</summary>
    public static ProductPriceChangedV2 PriceChangedV2(Product product, decimal oldPrice) =>
        new(product.Id, new Money(oldPrice, product.Currency), new Money(product.Price, product.Currency), product.UpdatedAt, product.Version, product.UpdatedAt);
}
