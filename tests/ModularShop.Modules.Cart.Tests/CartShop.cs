using ModularShop.Testing;

namespace ModularShop.Modules.Cart.Tests;

/// <summary>One shop with the demo catalog, ready once Cart has learnt every demo product from Catalog's events.</summary>
public sealed class CartShop : IAsyncLifetime
{
    public const int DemoProducts = 24;
    public static readonly Guid CeramicMug = Guid.Parse("b5e69998-e014-5fbc-be84-e8554702939c");
    public static readonly Guid EnamelMug = Guid.Parse("8122d6eb-cd4a-5842-bc84-b60bc5046a95");
    public static readonly Guid Kettle = Guid.Parse("db10349f-10a6-54c8-949a-a7f4479f311e");

    public TestShop Shop { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Shop = await TestShop.StartAsync(settings => settings.SeedDemoProducts = true);
        await Eventually.Until(() => Task.FromResult(Shop.Database.Count("cart", "products") == DemoProducts), "Cart to learn the demo catalog");
    }

    public async Task DisposeAsync() => await Shop.DisposeAsync();
}

public sealed record CartBody(string CustomerId, List<CartLineBody> Lines, int ItemCount, decimal Total, string? Currency);

public sealed record CartLineBody(Guid ProductId, string Sku, string Name, decimal UnitPrice, int Quantity, decimal LineTotal);
