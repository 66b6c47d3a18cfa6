using ModularShop.Modules.Catalog.Domain;

namespace ModularShop.Modules.Catalog.Features;

/// <summary>A product as the API shows it.</summary>
internal sealed record ProductView(Guid Id, string Sku, string Name, string Description, decimal Price, string Currency)
{
    public static ProductView From(Product product) =>
        new(product.Id, product.Sku, product.Name, product.Description, product.Price, product.Currency);
}
