using MediatR;

namespace ModularShop.Modules.Cart.Features.AddItem;

/// <summary>Put units of a product into the customer's cart; a product already there gets the units added.</summary>
internal sealed record AddItemToCart(string CustomerId, Guid ProductId, int Quantity) : IRequest<AddedItem>;

/// <summary>The cart after the addition, and the product's line in it.</summary>
internal sealed record AddedItem(CartView Cart, CartLineView Line);
