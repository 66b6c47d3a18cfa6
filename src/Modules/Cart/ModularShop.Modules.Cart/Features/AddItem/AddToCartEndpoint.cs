using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.Security;
using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.Modules.Cart.Features.AddItem;

/// <summary>
/// POST /cart {"item_id", "quantity"} → 200 {"message"}: the call from the shop's original design notes, kept
/// exactly as it was promised. It does what POST /api/cart/items does.
/// </summary>
internal static class AddToCartEndpoint
{
    public static void MapAddToCart(this IEndpointRouteBuilder site) =>
        site.MapPost("/cart", async (AddToCartRequest body, ICurrentUser user, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (body.ItemId == Guid.Empty)
                {
                    throw new RequestValidationException("item_id", "is required");
                }

                var added = await mediator.Send(new AddItemToCart(user.Id, body.ItemId, body.Quantity), cancellationToken);
                var units = body.Quantity == 1 ? "1 unit" : $"{body.Quantity} units";
                var message = $"Added {units} of {added.Line.Name} to your cart; you now have {added.Line.Quantity} of it and {added.Cart.ItemCount} items in all.";
                return TypedResults.Ok(new AddToCartResponse(message));
            })
            .RequireCustomer()
            .WithName("AddToCart")
            .WithSummary("Add a product to the caller's cart: {\"item_id\": \"<product id>\", \"quantity\": 2}.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
