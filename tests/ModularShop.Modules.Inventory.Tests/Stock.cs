using ModularShop.Modules.Catalog.Contracts;
using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Inventory.Tests;

/// <summary>What the tests do to Inventory and how they look at it: messages fed as the bus feeds them, stock read as a client reads it.</summary>
internal static class Stock
{
    /// <summary>A product of its own for one test: announced by Catalog, then given its stock by an admin.</summary>
    public static async Task<Guid> NewProductAsync(this TestShop shop, int onHand, string? sku = null)
    {
        var productId = Guid.NewGuid();
        sku ??= $"T-{productId:N}"[..20].ToUpperInvariant();
        await shop.InboxOf<InventoryModule>().DeliverAsync(new ProductCreated(productId, sku, $"Test product {sku}", "", 10m, "EUR", 1, DateTimeOffset.UtcNow));
        using var admin = shop.Admin();
        var response = await admin.PutJsonAsync($"/api/inventory/{productId}", new { onHand });
        response.EnsureSuccessStatusCode();
        return productId;
    }

    public static async Task<StockBody> StockOfAsync(this TestShop shop, Guid productId)
    {
        using var client = shop.Anonymous();
        var response = await client.GetAsync($"/api/inventory/{productId}");
        response.EnsureSuccessStatusCode();
        return await response.ReadAsync<StockBody>();
    }

    public static Task ReserveAsync(this TestShop shop, Guid orderId, Guid productId, int quantity, Guid? envelopeId = null) =>
        shop.InboxOf<InventoryModule>().DeliverAsync(new ReserveStock(orderId, [new StockLine(productId, quantity)]), envelopeId);

    /// <summary>Every answer Inventory published about the order, in no particular order.</summary>
    public static async Task<IReadOnlyList<object>> AnswersAboutAsync(this TestShop shop, Guid orderId)
    {
        var reserved = (await shop.PublishedAsync<StockReserved>()).Where(answer => answer.OrderId == orderId);
        var failed = (await shop.PublishedAsync<StockReservationFailed>()).Where(answer => answer.OrderId == orderId);
        return [.. reserved, .. failed];
    }

    /// <summary>Waits until Inventory has answered about the order <paramref name="count"/> times, and returns the answers.</summary>
    public static Task<IReadOnlyList<object>> AnswersAboutAsync(this TestShop shop, Guid orderId, int count) =>
        Eventually.Until(() => shop.AnswersAboutAsync(orderId), answers => answers.Count >= count, $"{count} answer(s) about order {orderId}");
}
