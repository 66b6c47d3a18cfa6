using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ModularShop.Modules.Catalog.Features.GetProduct;

internal static class GetProductEndpoint
{
    public const string Name = "GetProduct";

    public static void MapGetProduct(this IEndpointRouteBuilder api) =>
        api.MapGet("/products/{productId:guid}", async (Guid productId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetProduct(productId), cancellationToken)))
            .WithName(Name)
            .WithSummary("One product by its id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
