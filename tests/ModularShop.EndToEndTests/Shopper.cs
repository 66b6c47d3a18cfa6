using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>The demo catalog as the scenarios use it, and the shapes of the answers they read.</summary>
public static class Demo
{
    /// <summary>The demo products named here, with their ids.</summary>
    public static readonly IReadOnlyList<Guid> NamedProducts = [DemoProducts.CeramicMug, DemoProducts.EnamelMug, DemoProducts.Kettle, DemoProducts.HandGrinder, DemoProducts.Dripper, DemoProducts.Canister];

    /// <summary>A shop seeded with the demo catalog, once Cart knows every demo product.</summary>
    public static async Task<TestShop> StartShopAsync(Action<TestShopSettings>? configure = null)
    {
        var shop = await TestShop.StartAsync(settings =>
        {
            settings.SeedDemoProducts = true;
            configure?.Invoke(settings);
        });
        await WaitUntilCartKnowsTheCatalogAsync(shop.Database);
        return shop;
    }

    public static async Task WaitUntilCartKnowsTheCatalogAsync(TestDatabase database) =>
        await Eventually.Until(() => database.Count("cart", "products") == DemoProducts.Count, "Cart to learn the demo catalog", TimeSpan.FromSeconds(60));

    /// <summary>Cart and Inventory both know the demo catalog: a checkout of any demo product can go through.</summary>
    public static async Task WaitUntilTheCatalogIsKnownAsync(TestDatabase database)
    {
        await WaitUntilInventoryStocksTheCatalogAsync(database);
        await WaitUntilCartKnowsTheCatalogAsync(database);
    }

    public static async Task WaitUntilInventoryStocksTheCatalogAsync(TestDatabase database) =>
        await Eventually.Until(() => database.Count("inventory", "stock_items") == DemoProducts.Count, "Inventory to stock the demo catalog", TimeSpan.FromSeconds(60));
}

public sealed record CartBody(string CustomerId, List<CartLineBody> Lines, int ItemCount, decimal Total, string? Currency);

public sealed record CartLineBody(Guid ProductId, string Sku, string Name, decimal UnitPrice, int Quantity, decimal LineTotal);

public sealed record ProductBody(Guid Id, string Sku, string Name, string Description, decimal Price, string Currency);
