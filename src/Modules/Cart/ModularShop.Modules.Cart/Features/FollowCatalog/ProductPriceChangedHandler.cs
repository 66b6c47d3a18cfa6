using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Cart.Persistence;
using ModularShop.Modules.Catalog.Contracts;

namespace ModularShop.Modules.Cart.Features.FollowCatalog;

/// <summary>
/// Every cart holding the product shows the new price from now on: carts read prices from Cart's copy of the catalog.
/// A v1 (<see cref="ProductPriceChanged"/>) comes here too, read as v2 by the kernel through its upcast.
/// </summary>
internal sealed class ProductPriceChangedHandler(CartDbContext db) : IIntegrationEventHandler<ProductPriceChangedV2>
{
    public async Task HandleAsync(ProductPriceChangedV2 message, CancellationToken cancellationToken)
    {
        var product = await db.Products.FindAsync([message.ProductId], cancellationToken)
            ?? throw new ProductNotYetKnownException(message.ProductId);
        if (message.Price.Currency != product.Currency)
        {
            throw new PriceInAnotherCurrencyException(message.ProductId, product.Currency, message.Price.Currency);
        }

        // Taken at once: Catalog sets no price ahead, so ValidFrom is the moment of the change. A price set ahead
        // would have to wait in Cart's copy until then, in a release before Catalog sends one (docs/upgrades.md).
        product.ApplyPrice(message.Price.Amount, message.Version, message.ValidFrom);
    }
}

/// <summary>
/// A price change overtook the product's creation on the way here. Failing lets the bus retry it after a pause,
/// by which time ProductCreated has been handled.
/// </summary>
internal sealed class ProductNotYetKnownException(Guid productId)
    : Exception($"Product '{productId}' is not known to Cart yet; its ProductCreated has not been handled.");

/// <summary>
/// A cart holds one currency, and the carts holding a product were filled in the currency Cart knows it in; Catalog
/// changes no product's currency. Should one arrive, it fails and waits in dead letters rather than mixing currencies.
/// </summary>
internal sealed class PriceInAnotherCurrencyException(Guid productId, string known, string given)
    : Exception($"Product '{productId}' is priced in {known} in Cart, and a price change gives it in {given}; Cart does not change a product's currency.");
