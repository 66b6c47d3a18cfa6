using MediatR;

namespace ModularShop.Modules.Cart.Features.ViewCart;

internal sealed record ViewCart(string CustomerId) : IRequest<CartView>;
