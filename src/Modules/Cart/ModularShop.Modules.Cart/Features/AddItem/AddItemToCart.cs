using System.Text.Json.Serialization;
using MediatR;

namespace ModularShop.Modules.Cart.Features.AddItem;

/// <summary>Put units of a product into the customer's cart; a product already there gets the units added.</summary>
internal sealed record AddItemToCart(string CustomerId, Guid ProductId, int Quantity) : IRequest<AddedItem>;

/// <summary>The cart after the addition, and the product's line in it.</summary>
internal sealed record AddedItem(CartView Cart, CartLineView Line);

/// <summary>The body of POST /api/cart/items.</summary>
internal sealed record AddItemRequest(Guid ProductId, int Quantity);

/// <summary>The body of POST /cart, in the shape of the shop's original design notes.</summary>
internal sealed record AddToCartRequest(
    [property: JsonPropertyName("item_id")] Guid ItemId,
    [property: JsonPropertyName("quantity")] int Quantity);

/// <summary>The answer of POST /cart: one sentence for the customer.</summary>
internal sealed record AddToCartResponse([property: JsonPropertyName("message")] string Message);
