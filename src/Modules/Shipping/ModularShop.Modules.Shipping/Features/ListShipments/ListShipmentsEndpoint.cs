using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Shipping.Features.ListShipments;

internal static class ListShipmentsEndpoint
{
    public const int DefaultPageSize = 20;

    public static void MapListShipments(this IEndpointRouteBuilder api) =>
        api.MapGet("/shipments", async (string? status, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListShipments(status, page ?? 1, pageSize ?? DefaultPageSize), cancellationToken)))
            .RequireAdmin()
            .WithName("ListShipments")
            .WithSummary("The shipments still to be sent (Waiting and Packed), or those in the status named, oldest order first (admins only).")
            .ProducesValidationProblem();
}
