using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Cart.Persistence;

namespace ModularShop.Modules.Cart.Features.ChangeQuantity;

internal sealed class ChangeQuantityHandler(CartDbContext db, IOptions<CartOptions> options, TimeProvider clock)
    : IRequestHandler<ChangeQuantity, CartView>
{
    public async Task<CartView> Handle(ChangeQuantity request, CancellationToken cancellationToken)
    {
        await OptimisticConcurrency.RetryAsync(db, async () =>
        {
            var cart = await db.Carts.Include(cart => cart.Lines).SingleOrDefaultAsync(cart => cart.CustomerId == request.CustomerId, cancellationToken);
            if (cart is null || !cart.SetQuantity(request.ProductId, request.Quantity, options.Value.ToLimits(), clock.GetUtcNow()))
            {
                throw new NotFoundException("Cart line for product", request.ProductId);
            }

            return await db.SaveChangesAsync(cancellationToken);
        });

        return await CartView.LoadAsync(db, request.CustomerId, cancellationToken);
    }
}
