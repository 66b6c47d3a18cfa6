using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.RateLimiting;
using ModularShop.BuildingBlocks.Security;
using ModularShop.Modules.Catalog.Features.GetProduct;

namespace ModularShop.Modules.Catalog.Features.CreateProduct;

internal static class CreateProductEndpoint
{
    public static void MapCreateProduct(this IEndpointRouteBuilder api) =>
        api.MapPost("/products", async (CreateProductRequest body, IMediator mediator, IOptions<CatalogOptions> options, CancellationToken cancellationToken) =>
            {
                var command = new CreateProduct(
                    body.Sku.Trim().ToUpperInvariant(),
                    body.Name,
                    body.Description ?? "",
                    body.Price,
                    body.Currency?.Trim().ToUpperInvariant() ?? options.Value.DefaultCurrency);
                var product = await mediator.Send(command, cancellationToken);
                return TypedResults.CreatedAtRoute(product, GetProductEndpoint.Name, new { productId = product.Id });
            })
            .RequireAdmin()
            .RequireRateLimiting(RateLimitPolicies.ExpensiveWrites)
            .WithName("CreateProduct")
            .WithSummary("Add a product to the catalog (admins only). Publishes ProductCreated.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
