using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.Modules.Catalog.Persistence;

namespace ModularShop.Modules.Catalog.Features.BrowseProducts;

internal sealed class BrowseProductsHandler(CatalogDbContext db, CatalogReadCache cache) : IRequestHandler<BrowseProducts, ProductPage>
{
    public Task<ProductPage> Handle(BrowseProducts request, CancellationToken cancellationToken) =>
        cache.GetOrReadAsync(request, () => ReadAsync(request, cancellationToken));

    private async Task<ProductPage> ReadAsync(BrowseProducts request, CancellationToken cancellationToken)
    {
        var products = db.Products.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var term = request.Search.Trim().ToLowerInvariant();
            // lower() is translated to SQL on every provider; the StringComparison overloads are not.
#pragma warning disable CA1862
            products = products.Where(product => product.Name.ToLower().Contains(term) || product.Sku.ToLower().Contains(term));
#pragma warning restore CA1862
        }

        var total = await products.CountAsync(cancellationToken);
        var page = await products
            .OrderBy(product => product.Name)
            .ThenBy(product => product.Id)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .ToListAsync(cancellationToken);
        return new ProductPage(page.Select(ProductView.From).ToList(), request.Page, request.PageSize, total);
    }
}
