using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Shipping.Features.MarkReturned;

internal static class MarkReturnedEndpoint
{
    public static void MapMarkReturned(this IEndpointRouteBuilder api) =>
        api.MapPost("/shipments/{orderId:guid}/returned", async (Guid orderId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new MarkReturned(orderId), cancellationToken)))
            .RequireAdmin()
            .WithName("MarkShipmentReturned")
            .WithSummary("Record that a shipped parcel came back to the shop (admins only); publishes ShipmentReturned once.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
