using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.RateLimiting;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Catalog.Features.ChangePrice;

internal static class ChangePriceEndpoint
{
    public static void MapChangePrice(this IEndpointRouteBuilder api) =>
        api.MapPut("/products/{productId:guid}/price", async (Guid productId, ChangePriceRequest body, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ChangePrice(productId, body.Price), cancellationToken)))
            .RequireAdmin()
            .RequireRateLimiting(RateLimitPolicies.ExpensiveWrites)
            .WithName("ChangePrice")
            .WithSummary("Set a product's price (admins only). Publishes the price change when the price differs, in the version Modules:Catalog:PriceChangedVersion names.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
