using ModularShop.Testing;

namespace ModularShop.Modules.Catalog.Tests;

/// <summary>One shop with the demo catalog, shared by the tests of a class.</summary>
public sealed class CatalogShop : IAsyncLifetime
{
    public TestShop Shop { get; private set; } = null!;

    public async Task InitializeAsync() => Shop = await TestShop.StartAsync(settings => settings.SeedDemoProducts = true);

    public async Task DisposeAsync() => await Shop.DisposeAsync();
}

/// <summary>What the catalog answers, as a client reads it.</summary>
public sealed record ProductBody(Guid Id, string Sku, string Name, string Description, decimal Price, string Currency);

public sealed record ProductPageBody(List<ProductBody> Items, int Page, int PageSize, int Total);
