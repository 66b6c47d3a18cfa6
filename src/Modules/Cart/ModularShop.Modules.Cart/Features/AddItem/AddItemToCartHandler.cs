using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Cart.Persistence;

namespace ModularShop.Modules.Cart.Features.AddItem;

/// <summary>
/// Two reads (the cart, then the products of its lines and of the new one) and one write; the answer is built from
/// what was just saved, so adding to a cart costs three round trips to the database.
/// </summary>
internal sealed class AddItemToCartHandler(CartDbContext db, IOptions<CartOptions> options, TimeProvider clock)
    : IRequestHandler<AddItemToCart, AddedItem>
{
    public async Task<AddedItem> Handle(AddItemToCart request, CancellationToken cancellationToken)
    {
        // Two requests for the same customer may race (two tabs, a double click): the cart's version decides, the loser retries.
        var view = await OptimisticConcurrency.RetryAsync(db, async () =>
        {
            var now = clock.GetUtcNow();
            var cart = await db.Carts.Include(cart => cart.Lines).SingleOrDefaultAsync(cart => cart.CustomerId == request.CustomerId, cancellationToken);
            var wanted = (cart?.Lines.Select(line => line.ProductId) ?? []).Append(request.ProductId).Distinct().ToList();
            var products = await db.Products.AsNoTracking()
                .Where(product => wanted.Contains(product.ProductId))
                .ToDictionaryAsync(product => product.ProductId, cancellationToken);
            var product = products.GetValueOrDefault(request.ProductId) ?? throw new NotFoundException("Product", request.ProductId);
            if (cart is null)
            {
                cart = Domain.Cart.StartFor(request.CustomerId, now);
                db.Carts.Add(cart);
            }

            cart.Add(product, request.Quantity, options.Value.ToLimits(), now);
            await db.SaveChangesAsync(cancellationToken);
            return CartView.Of(cart, products);
        });

        return new AddedItem(view, view.Lines.Single(line => line.ProductId == request.ProductId));
    }
}
