using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Cart.Persistence;

namespace ModularShop.Modules.Cart.Features.AddItem;

internal sealed class AddItemToCartHandler(CartDbContext db, IOptions<CartOptions> options, TimeProvider clock)
    : IRequestHandler<AddItemToCart, AddedItem>
{
    public async Task<AddedItem> Handle(AddItemToCart request, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(product => product.ProductId == request.ProductId, cancellationToken)
            ?? throw new NotFoundException("Product", request.ProductId);

        // Two requests for the same customer may race (two tabs, a double click): the cart's version decides, the loser retries.
        await OptimisticConcurrency.RetryAsync(db, async () =>
        {
            var now = clock.GetUtcNow();
            var cart = await db.Carts.Include(cart => cart.Lines).SingleOrDefaultAsync(cart => cart.CustomerId == request.CustomerId, cancellationToken);
            if (cart is null)
            {
                cart = Domain.Cart.StartFor(request.CustomerId, now);
                db.Carts.Add(cart);
            }

            cart.Add(product, request.Quantity, options.Value.ToLimits(), now);
            await db.SaveChangesAsync(cancellationToken);
            return cart;
        });

        var view = await CartView.LoadAsync(db, request.CustomerId, cancellationToken);
        return new AddedItem(view, view.Lines.Single(line => line.ProductId == request.ProductId));
    }
}
