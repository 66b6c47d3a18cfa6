using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.Modules.Catalog.Persistence;

namespace ModularShop.Modules.Catalog.Features.GetProduct;

internal sealed record GetProduct(Guid ProductId) : IRequest<ProductView>;

internal sealed class GetProductHandler(CatalogDbContext db) : IRequestHandler<GetProduct, ProductView>
{
    public async Task<ProductView> Handle(GetProduct request, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(product => product.Id == request.ProductId, cancellationToken)
            ?? throw new NotFoundException("Product", request.ProductId);
        return ProductView.From(product);
    }
}
