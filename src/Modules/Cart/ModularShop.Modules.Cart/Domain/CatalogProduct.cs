namespace ModularShop.Modules.Cart.Domain;

/// <summary>
/// Cart's own copy of what it needs to know about a catalog product, kept up to date from Catalog's events.
/// The version makes it immune to duplicates and to events that arrive out of order.
/// </summary>
internal sealed class CatalogProduct
{
    private CatalogProduct()
    {
    }

    public Guid ProductId { get; private set; }

    public string Sku { get; private set; } = "";

    public string Name { get; private set; } = "";

    public decimal Price { get; private set; }

    public string Currency { get; private set; } = "";

    public long Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static CatalogProduct Learn(Guid productId, string sku, string name, decimal price, string currency, long version, DateTimeOffset updatedAt) =>
        new()
        {
            ProductId = productId,
            Sku = sku,
            Name = name,
            Price = price,
            Currency = currency,
            Version = version,
            UpdatedAt = updatedAt,
        };

    /// <summary>Takes a new price unless this copy already knows a later version; answers whether it changed.</summary>
    public bool ApplyPrice(decimal price, long version, DateTimeOffset updatedAt)
    {
        if (version <= Version)
        {
            return false;
        }

        Price = price;
        Version = version;
        UpdatedAt = updatedAt;
        return true;
    }
}
