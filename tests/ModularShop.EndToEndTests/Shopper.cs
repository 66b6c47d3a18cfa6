using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>The demo products the scenarios use, and the shapes of the answers they read.</summary>
public static class Demo
{
    public const int ProductCount = 24;
    public static readonly Guid CeramicMug = Guid.Parse("b5e69998-e014-5fbc-be84-e8554702939c");
    public static readonly Guid EnamelMug = Guid.Parse("8122d6eb-cd4a-5842-bc84-b60bc5046a95");
    public static readonly Guid Kettle = Guid.Parse("db10349f-10a6-54c8-949a-a7f4479f311e");
    public static readonly Guid Grinder = Guid.Parse("32bf4464-95de-57ac-842e-df7d02f2da02");
    public static readonly Guid Dripper = Guid.Parse("c9b6c74f-fae9-52e5-9191-a88ec16bca96");
    public static readonly Guid Canister = Guid.Parse("101895c2-870a-5456-b6db-15d6b779a071");

    /// <summary>The demo products named here, with their ids.</summary>
    public static readonly IReadOnlyList<Guid> NamedProducts = [CeramicMug, EnamelMug, Kettle, Grinder, Dripper, Canister];

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
        await Eventually.Until(() => Task.FromResult(database.Count("cart", "products") == ProductCount), "Cart to learn the demo catalog", TimeSpan.FromSeconds(60));

    /// <summary>Cart and Inventory both know the demo catalog: a checkout of any demo product can go through.</summary>
    public static async Task WaitUntilTheCatalogIsKnownAsync(TestDatabase database)
    {
        await WaitUntilInventoryStocksTheCatalogAsync(database);
        await WaitUntilCartKnowsTheCatalogAsync(database);
    }

    public static async Task WaitUntilInventoryStocksTheCatalogAsync(TestDatabase database) =>
        await Eventually.Until(() => Task.FromResult(database.Count("inventory", "stock_items") == ProductCount), "Inventory to stock the demo catalog", TimeSpan.FromSeconds(60));
}

public sealed record CartBody(string CustomerId, List<CartLineBody> Lines, int ItemCount, decimal Total, string? Currency);

public sealed record CartLineBody(Guid ProductId, string Sku, string Name, decimal UnitPrice, int Quantity, decimal LineTotal);

public sealed record ProductBody(Guid Id, string Sku, string Name, string Description, decimal Price, string Currency);
