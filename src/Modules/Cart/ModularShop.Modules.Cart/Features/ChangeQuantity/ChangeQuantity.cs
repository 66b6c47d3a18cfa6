using MediatR;

namespace ModularShop.Modules.Cart.Features.ChangeQuantity;

internal sealed record ChangeQuantity(string CustomerId, Guid ProductId, int Quantity) : IRequest<CartView>;

/// <summary>The body of PUT /api/cart/items/{productId}.</summary>
internal sealed record ChangeQuantityRequest(int Quantity);
