using MediatR;
using ModularShop.Modules.Cart.Persistence;

namespace ModularShop.Modules.Cart.Features.ViewCart;

internal sealed class ViewCartHandler(CartDbContext db) : IRequestHandler<ViewCart, CartView>
{
    public Task<CartView> Handle(ViewCart request, CancellationToken cancellationToken) =>
        CartView.LoadAsync(db, request.CustomerId, cancellationToken);
}
