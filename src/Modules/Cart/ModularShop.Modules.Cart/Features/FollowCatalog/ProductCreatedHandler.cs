using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Cart.Domain;
using ModularShop.Modules.Cart.Persistence;
using ModularShop.Modules.Catalog.Contracts;

namespace ModularShop.Modules.Cart.Features.FollowCatalog;

/// <summary>Cart learns of a new product, so customers can put it in their carts.</summary>
internal sealed class ProductCreatedHandler(CartDbContext db) : IIntegrationEventHandler<ProductCreated>
{
    public async Task HandleAsync(ProductCreated message, CancellationToken cancellationToken)
    {
        var known = await db.Products.FindAsync([message.ProductId], cancellationToken);
        if (known is null)
        {
            db.Products.Add(CatalogProduct.Learn(message.ProductId, message.Sku, message.Name, message.Price, message.Currency, message.Version, message.OccurredAt));
            return;
        }

        // A later change got here first; it already carries everything this event would set.
        known.ApplyPrice(message.Price, message.Version, message.OccurredAt);
    }
}
