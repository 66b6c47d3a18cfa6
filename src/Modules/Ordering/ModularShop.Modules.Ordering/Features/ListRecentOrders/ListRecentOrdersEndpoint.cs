using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Ordering.Features.ListRecentOrders;

internal static class ListRecentOrdersEndpoint
{
    public const int DefaultLimit = 20;

    public static void MapListRecentOrders(this IEndpointRouteBuilder api) =>
        api.MapGet("/recent", async (string? status, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListRecentOrders(status, limit ?? DefaultLimit), cancellationToken)))
            .RequireAdmin()
            .WithName("ListRecentOrders")
            .WithSummary("The shop's latest orders (admins only): how many are in each status, and the newest, of one status if asked.")
            .ProducesValidationProblem();
}
