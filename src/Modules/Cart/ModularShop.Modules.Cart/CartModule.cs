using ModularShop.BuildingBlocks.Modules;
using ModularShop.Modules.Cart.Features.AddItem;
using ModularShop.Modules.Cart.Features.ChangeQuantity;
using ModularShop.Modules.Cart.Features.Checkout;
using ModularShop.Modules.Cart.Features.RemoveItem;
using ModularShop.Modules.Cart.Features.ViewCart;
using ModularShop.Modules.Cart.Persistence;

namespace ModularShop.Modules.Cart;

/// <summary>Cart: each customer's cart, priced from the copy of the catalog that Cart builds from Catalog's events.</summary>
public sealed class CartModule : IModule
{
    public string Name => "Cart";

    /// <summary>POST /cart, the add-to-cart call of the shop's first design.</summary>
    public IReadOnlyList<string> SiteRoutes => ["/cart"];

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<CartDbContext>();
        module.AddOptions<CartOptions>();
    }

    public void MapEndpoints(ModuleRoutes routes)
    {
        routes.Api.MapViewCart();
        routes.Api.MapAddItem();
        routes.Api.MapChangeQuantity();
        routes.Api.MapRemoveItem();
        routes.Api.MapCheckout();
        routes.Site.MapAddToCart();
    }
}
