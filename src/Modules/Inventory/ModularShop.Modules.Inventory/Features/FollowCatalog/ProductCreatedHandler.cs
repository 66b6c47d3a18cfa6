using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Catalog.Contracts;
using ModularShop.Modules.Inventory.Domain;
using ModularShop.Modules.Inventory.Persistence;

namespace ModularShop.Modules.Inventory.Features.FollowCatalog;

/// <summary>Every product Catalog creates gets a stock record: its demo stock, or the configured initial stock.</summary>
internal sealed class ProductCreatedHandler(InventoryDbContext db, IOptions<InventoryOptions> options, TimeProvider clock)
    : IIntegrationEventHandler<ProductCreated>
{
    public async Task HandleAsync(ProductCreated message, CancellationToken cancellationToken)
    {
        if (await db.StockItems.FindAsync([message.ProductId], cancellationToken) is not null)
        {
            return;
        }

        var onHand = options.Value.SeedDemoStock && DemoStock.TryGet(message.Sku, out var demo)
            ? demo
            : options.Value.InitialStockForNewProducts;
        db.StockItems.Add(StockItem.Open(message.ProductId, message.Sku, message.Name, onHand, clock.GetUtcNow()));
    }
}
