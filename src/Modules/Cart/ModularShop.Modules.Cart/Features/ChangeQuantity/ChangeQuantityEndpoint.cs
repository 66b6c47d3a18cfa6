using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Cart.Features.ChangeQuantity;

internal static class ChangeQuantityEndpoint
{
    public static void MapChangeQuantity(this IEndpointRouteBuilder api) =>
        api.MapPut("/items/{productId:guid}", async (Guid productId, ChangeQuantityRequest body, ICurrentUser user, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ChangeQuantity(user.Id, productId, body.Quantity), cancellationToken)))
            .RequireCustomer()
            .WithName("ChangeCartItemQuantity")
            .WithSummary("Set how many units of a product in the caller's cart; answers the whole cart.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
