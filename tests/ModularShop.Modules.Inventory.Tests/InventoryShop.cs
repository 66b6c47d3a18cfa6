using ModularShop.Testing;

namespace ModularShop.Modules.Inventory.Tests;

/// <summary>One shop with the demo catalog, ready once Inventory has opened a stock record for every demo product.</summary>
public sealed class InventoryShop : IAsyncLifetime
{
    public const int DemoProducts = 24;

    /// <summary>TEAPOT-CAST-800: two on hand.</summary>
    public static readonly Guid Teapot = Guid.Parse("4b27fd70-8081-582a-b139-f289eba29f6c");

    /// <summary>KETTLE-GOOSE-1L: sold out.</summary>
    public static readonly Guid Kettle = Guid.Parse("db10349f-10a6-54c8-949a-a7f4479f311e");

    /// <summary>GIFTCARD-25: a thousand on hand.</summary>
    public static readonly Guid GiftCard = Guid.Parse("978c0578-d5d0-5b92-9089-a47c4684881b");

    /// <summary>MUG-CERAMIC-350: the default fifty.</summary>
    public static readonly Guid CeramicMug = Guid.Parse("b5e69998-e014-5fbc-be84-e8554702939c");

    public TestShop Shop { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Shop = await TestShop.StartAsync(settings => settings.SeedDemoProducts = true);
        await Eventually.Until(() => Task.FromResult(Shop.Database.Count("inventory", "stock_items") == DemoProducts), "Inventory to stock the demo catalog");
    }

    public async Task DisposeAsync() => await Shop.DisposeAsync();
}

public sealed record StockBody(Guid ProductId, string Sku, string Name, int OnHand, int Reserved, int Available);
