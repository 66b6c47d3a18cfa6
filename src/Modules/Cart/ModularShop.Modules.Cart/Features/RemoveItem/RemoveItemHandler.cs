using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Cart.Persistence;

namespace ModularShop.Modules.Cart.Features.RemoveItem;

internal sealed class RemoveItemHandler(CartDbContext db, TimeProvider clock) : IRequestHandler<RemoveItem, Unit>
{
    public async Task<Unit> Handle(RemoveItem request, CancellationToken cancellationToken)
    {
        await OptimisticConcurrency.RetryAsync(db, async () =>
        {
            var cart = await db.Carts.Include(cart => cart.Lines).SingleOrDefaultAsync(cart => cart.CustomerId == request.CustomerId, cancellationToken);
            if (cart is null || !cart.Remove(request.ProductId, clock.GetUtcNow()))
            {
                throw new NotFoundException("Cart line for product", request.ProductId);
            }

            return await db.SaveChangesAsync(cancellationToken);
        });
        return Unit.Value;
    }
}
