using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Ordering.Features.GetOrder;

internal static class GetOrderEndpoint
{
    public static void MapGetOrder(this IEndpointRouteBuilder api) =>
        api.MapGet("/{orderId:guid}", async (Guid orderId, ICurrentUser user, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetOrder(orderId, user.Id, user.IsAdmin), cancellationToken)))
            .RequireCustomer()
            .WithName("GetOrder")
            .WithSummary("One of the caller's orders: status, lines, total, and why it was cancelled if it was.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
