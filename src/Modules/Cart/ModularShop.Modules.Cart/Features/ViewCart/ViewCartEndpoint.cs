using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Cart.Features.ViewCart;

internal static class ViewCartEndpoint
{
    public static void MapViewCart(this IEndpointRouteBuilder api) =>
        api.MapGet("", async (ICurrentUser user, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ViewCart(user.Id), cancellationToken)))
            .RequireCustomer()
            .WithName("ViewCart")
            .WithSummary("The caller's cart: lines at current prices, the total and its currency.");
}
