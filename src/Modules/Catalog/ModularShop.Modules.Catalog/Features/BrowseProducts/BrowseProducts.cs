using MediatR;

namespace ModularShop.Modules.Catalog.Features.BrowseProducts;

/// <summary>One page of products whose name or SKU contains <see cref="Search"/>, ordered by name.</summary>
internal sealed record BrowseProducts(string? Search, int Page, int PageSize) : IRequest<ProductPage>;

internal sealed record ProductPage(IReadOnlyList<ProductView> Items, int Page, int PageSize, int Total);
