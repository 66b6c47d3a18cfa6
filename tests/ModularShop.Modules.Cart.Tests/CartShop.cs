using ModularShop.Testing;

namespace ModularShop.Modules.Cart.Tests;

/// <summary>One shop with the demo catalog, ready once Cart has learnt every demo product from Catalog's events.</summary>
public sealed class CartShop : IAsyncLifetime
{
    public TestShop Shop { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Shop = await TestShop.StartAsync(settings => settings.SeedDemoProducts = true);
        await Eventually.Until(() => Shop.Database.Count("cart", "products") == DemoProducts.Count, "Cart to learn the demo catalog");
    }

    public async Task DisposeAsync() => await Shop.DisposeAsync();
}

public sealed record CartBody(string CustomerId, List<CartLineBody> Lines, int ItemCount, decimal Total, string? Currency);

public sealed record CartLineBody(Guid ProductId, string Sku, string Name, decimal UnitPrice, int Quantity, decimal LineTotal);
