using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace ModularShop.Modules.Catalog.Features.BrowseProducts;

internal static class BrowseProductsEndpoint
{
    public static void MapBrowseProducts(this IEndpointRouteBuilder api) =>
        api.MapGet("/products", async (string? search, int? page, int? pageSize, IMediator mediator, IOptions<CatalogOptions> options, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new BrowseProducts(search, page ?? 1, pageSize ?? options.Value.DefaultPageSize), cancellationToken)))
            .WithName("BrowseProducts")
            .WithSummary("Search the catalog by name or SKU, one page at a time, with the total number of matches.")
            .ProducesValidationProblem();
}
