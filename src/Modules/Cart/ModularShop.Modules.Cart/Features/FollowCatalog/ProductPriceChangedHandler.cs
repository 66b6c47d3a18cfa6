using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Cart.Persistence;
using ModularShop.Modules.Catalog.Contracts;

namespace ModularShop.Modules.Cart.Features.FollowCatalog;

/// <summary>Every cart holding the product shows the new price from now on: carts read prices from Cart's copy of the catalog.</summary>
internal sealed class ProductPriceChangedHandler(CartDbContext db) : IIntegrationEventHandler<ProductPriceChanged>
{
    public async Task HandleAsync(ProductPriceChanged message, CancellationToken cancellationToken)
    {
        var product = await db.Products.FindAsync([message.ProductId], cancellationToken)
            ?? throw new ProductNotYetKnownException(message.ProductId);
        product.ApplyPrice(message.Price, message.Version, message.OccurredAt);
    }
}

/// <summary>
/// A price change overtook the product's creation on the way here. Failing lets the bus retry it after a pause,
/// by which time ProductCreated has been handled.
/// </summary>
internal sealed class ProductNotYetKnownException(Guid productId)
    : Exception($"Product '{productId}' is not known to Cart yet; its ProductCreated has not been handled.");
