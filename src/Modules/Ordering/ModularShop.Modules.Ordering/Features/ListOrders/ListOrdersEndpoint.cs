using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Ordering.Features.ListOrders;

internal static class ListOrdersEndpoint
{
    public const int DefaultPageSize = 20;

    public static void MapListOrders(this IEndpointRouteBuilder api) =>
        api.MapGet("", async (int? page, int? pageSize, ICurrentUser user, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListOrders(user.Id, page ?? 1, pageSize ?? DefaultPageSize), cancellationToken)))
            .RequireCustomer()
            .WithName("ListOrders")
            .WithSummary("The caller's orders, newest first.")
            .ProducesValidationProblem();
}
