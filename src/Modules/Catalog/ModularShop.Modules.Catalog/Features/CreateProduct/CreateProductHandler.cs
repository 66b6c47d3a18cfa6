using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Catalog.Contracts;
using ModularShop.Modules.Catalog.Domain;
using ModularShop.Modules.Catalog.Persistence;

namespace ModularShop.Modules.Catalog.Features.CreateProduct;

internal sealed class CreateProductHandler(IOutbox<CatalogDbContext> outbox, CatalogReadCache cache, TimeProvider clock) : IRequestHandler<CreateProduct, ProductView>
{
    public async Task<ProductView> Handle(CreateProduct request, CancellationToken cancellationToken)
    {
        if (await outbox.Db.Products.AnyAsync(product => product.Sku == request.Sku, cancellationToken))
        {
            throw DuplicateSku(request.Sku);
        }

        var now = clock.GetUtcNow();
        var product = Product.Create(Guid.CreateVersion7(now), request.Sku, request.Name.Trim(), request.Description.Trim(), request.Price, request.Currency, now);
        outbox.Db.Products.Add(product);
        outbox.AfterCommit(cache.Changed);
        await outbox.PublishAsync(ProductEvents.Created(product));
        try
        {
            await outbox.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw DuplicateSku(request.Sku);
        }

        return ProductView.From(product);
    }

    private static ConflictException DuplicateSku(string sku) => new($"A product with SKU '{sku}' already exists.");
}
