using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.RateLimiting;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Inventory.Features.SetStock;

internal static class SetStockEndpoint
{
    public static void MapSetStock(this IEndpointRouteBuilder api) =>
        api.MapPut("/{productId:guid}", async (Guid productId, SetStockRequest body, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new SetStock(productId, body.OnHand), cancellationToken)))
            .RequireAdmin()
            .RequireRateLimiting(RateLimitPolicies.ExpensiveWrites)
            .WithName("SetStock")
            .WithSummary("Set how many units of a product are on hand (admins only); never below what is held for orders.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
