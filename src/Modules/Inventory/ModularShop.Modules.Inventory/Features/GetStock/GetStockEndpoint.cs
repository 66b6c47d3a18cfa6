using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ModularShop.Modules.Inventory.Features.GetStock;

internal static class GetStockEndpoint
{
    public static void MapGetStock(this IEndpointRouteBuilder api) =>
        api.MapGet("/{productId:guid}", async (Guid productId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetStock(productId), cancellationToken)))
            .WithName("GetStock")
            .WithSummary("A product's stock: on hand, held for orders, and available.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
