using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Shipping.Features.MarkPacked;

internal static class MarkPackedEndpoint
{
    public static void MapMarkPacked(this IEndpointRouteBuilder api) =>
        api.MapPost("/shipments/{orderId:guid}/packed", async (Guid orderId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new MarkPacked(orderId), cancellationToken)))
            .RequireAdmin()
            .WithName("MarkShipmentPacked")
            .WithSummary("Record that a waiting shipment is packed (admins only); publishes ShipmentPacked once.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
