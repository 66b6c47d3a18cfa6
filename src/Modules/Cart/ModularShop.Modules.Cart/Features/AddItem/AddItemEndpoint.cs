using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Cart.Features.AddItem;

internal static class AddItemEndpoint
{
    public static void MapAddItem(this IEndpointRouteBuilder api) =>
        api.MapPost("/items", async (AddItemRequest body, ICurrentUser user, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var added = await mediator.Send(new AddItemToCart(user.Id, body.ProductId, body.Quantity), cancellationToken);
                return TypedResults.Ok(added.Cart);
            })
            .RequireCustomer()
            .WithName("AddCartItem")
            .WithSummary("Add units of a product to the caller's cart; answers the whole cart.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
