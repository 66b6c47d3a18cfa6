using ModularShop.BuildingBlocks.Domain;
using ModularShop.Modules.Catalog.Domain.Rules;

namespace ModularShop.Modules.Catalog.Domain;

/// <summary>Something the shop sells. Every change raises its version, which travels with the events it causes.</summary>
internal sealed class Product : Entity
{
    private Product()
    {
    }

    public Guid Id { get; private set; }

    public string Sku { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    public decimal Price { get; private set; }

    public string Currency { get; private set; } = "";

    public long Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Product Create(Guid id, string sku, string name, string description, decimal price, string currency, DateTimeOffset now)
    {
        CheckRule(new SkuMustBeWellFormedRule(sku));
        CheckRule(new PriceMustBeValidRule(price));
        return new Product
        {
            Id = id,
            Sku = sku,
            Name = name,
            Description = description,
            Price = price,
            Currency = currency,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Sets a new price; answers false, and changes nothing, when the price is already that.</summary>
    public bool ChangePrice(decimal price, DateTimeOffset now)
    {
        CheckRule(new PriceMustBeValidRule(price));
        if (price == Price)
        {
            return false;
        }

        Price = price;
        Version++;
        UpdatedAt = now;
        return true;
    }
}
