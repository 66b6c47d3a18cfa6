using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Shipping.Features.MarkShipped;

internal static class MarkShippedEndpoint
{
    public static void MapMarkShipped(this IEndpointRouteBuilder api) =>
        api.MapPost("/shipments/{orderId:guid}/shipped", async (Guid orderId, MarkShippedRequest body, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new MarkShipped(orderId, body.Carrier?.Trim() ?? "", body.TrackingNumber?.Trim() ?? ""), cancellationToken)))
            .RequireAdmin()
            .WithName("MarkShipmentShipped")
            .WithSummary("Record that the carrier took a packed parcel, with its tracking number (admins only); publishes ShipmentShipped once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
