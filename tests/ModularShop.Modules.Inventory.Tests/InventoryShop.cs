using ModularShop.Testing;

namespace ModularShop.Modules.Inventory.Tests;

/// <summary>One shop with the demo catalog, ready once Inventory has opened a stock record for every demo product.</summary>
public sealed class InventoryShop : IAsyncLifetime
{
    public TestShop Shop { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Shop = await TestShop.StartAsync(settings => settings.SeedDemoProducts = true);
        await Eventually.Until(() => Shop.Database.Count("inventory", "stock_items") == DemoProducts.Count, "Inventory to stock the demo catalog");
    }

    public async Task DisposeAsync() => await Shop.DisposeAsync();
}

public sealed record StockBody(Guid ProductId, string Sku, string Name, int OnHand, int Reserved, int Available);
