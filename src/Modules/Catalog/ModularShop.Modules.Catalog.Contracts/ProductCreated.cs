namespace ModularShop.Modules.Catalog.Contracts;

/// <summary>A product was added to the catalog.</summary>
/// <param name="Version">Starts at 1 and grows with every change of the product, so consumers can ignore stale news.</param>
public sealed record ProductCreated(
    Guid ProductId,
    string Sku,
    string Name,
    string Description,
    decimal Price,
    string Currency,
    long Version,
    DateTimeOffset OccurredAt)
{
    public const string MessageName = "catalog.product-created.v1";
}
