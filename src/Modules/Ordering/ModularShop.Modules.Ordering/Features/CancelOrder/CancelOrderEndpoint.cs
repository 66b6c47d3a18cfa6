using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.RateLimiting;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Ordering.Features.CancelOrder;

internal static class CancelOrderEndpoint
{
    public static void MapCancelOrder(this IEndpointRouteBuilder api) =>
        api.MapPost("/{orderId:guid}/cancel", async (Guid orderId, CancelOrderRequest body, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new CancelOrder(orderId, body.Reason), cancellationToken)))
            .RequireAdmin()
            .RequireRateLimiting(RateLimitPolicies.ExpensiveWrites)
            .WithName("CancelOrder")
            .WithSummary("Cancel an order that is not over yet (admins only): held stock is released, the payment voided, or refunded once captured, and a parcel not yet shipped is stopped.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
