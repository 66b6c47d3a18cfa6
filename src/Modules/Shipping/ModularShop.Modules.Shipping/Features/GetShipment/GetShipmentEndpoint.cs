using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Shipping.Features.GetShipment;

internal static class GetShipmentEndpoint
{
    public static void MapGetShipment(this IEndpointRouteBuilder api) =>
        api.MapGet("/shipments/{orderId:guid}", async (Guid orderId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetShipment(orderId), cancellationToken)))
            .RequireAdmin()
            .WithName("GetShipment")
            .WithSummary("The shipment of an order, with its lines, address, carrier and tracking number (admins only).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
