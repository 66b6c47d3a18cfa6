using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Cart.Features.RemoveItem;

internal static class RemoveItemEndpoint
{
    public static void MapRemoveItem(this IEndpointRouteBuilder api) =>
        api.MapDelete("/items/{productId:guid}", async (Guid productId, ICurrentUser user, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new RemoveItem(user.Id, productId), cancellationToken);
                return TypedResults.NoContent();
            })
            .RequireCustomer()
            .WithName("RemoveCartItem")
            .WithSummary("Take a product out of the caller's cart.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
