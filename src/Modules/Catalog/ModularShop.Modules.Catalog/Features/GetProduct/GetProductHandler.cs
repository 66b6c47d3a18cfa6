using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.Modules.Catalog.Persistence;

namespace ModularShop.Modules.Catalog.Features.GetProduct;

internal sealed class GetProductHandler(CatalogDbContext db, CatalogReadCache cache) : IRequestHandler<GetProduct, ProductView>
{
    public Task<ProductView> Handle(GetProduct request, CancellationToken cancellationToken) =>
        cache.GetOrReadAsync(request, () => ReadAsync(request, cancellationToken));

    private async Task<ProductView> ReadAsync(GetProduct request, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(product => product.Id == request.ProductId, cancellationToken)
            ?? throw new NotFoundException("Product", request.ProductId);
        return ProductView.From(product);
    }
}
