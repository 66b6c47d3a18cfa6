using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.BuildingBlocks.Startup;
using ModularShop.Modules.Catalog.Domain;
using ModularShop.Modules.Catalog.Persistence;

namespace ModularShop.Modules.Catalog.Features.SeedDemoCatalog;

/// <summary>
/// Fills an empty catalog with the demo products. It goes through the outbox like any other change, so every other
/// module learns of the demo products from ProductCreated, as it would of any product.
/// </summary>
internal sealed class SeedDemoCatalogTask(
    IOutbox<CatalogDbContext> outbox,
    CatalogReadCache cache,
    IOptions<CatalogOptions> options,
    TimeProvider clock,
    ILogger<SeedDemoCatalogTask> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoProducts || await outbox.Db.Products.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var demo in DemoCatalog.Products)
        {
            var product = Product.Create(demo.Id, demo.Sku, demo.Name, demo.Description, demo.Price, options.Value.DefaultCurrency, now);
            outbox.Db.Products.Add(product);
            await outbox.PublishAsync(ProductEvents.Created(product));
        }

        outbox.AfterCommit(cache.Changed);
        try
        {
            await outbox.CommitAsync(cancellationToken);
            logger.LogInformation("Seeded the catalog with {Count} demo products", DemoCatalog.Products.Count);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            logger.LogInformation("Another instance seeded the demo catalog first");
        }
    }
}
