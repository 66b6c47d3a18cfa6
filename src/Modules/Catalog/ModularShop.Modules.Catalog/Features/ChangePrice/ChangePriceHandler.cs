using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Catalog.Persistence;

namespace ModularShop.Modules.Catalog.Features.ChangePrice;

internal sealed class ChangePriceHandler(IOutbox<CatalogDbContext> outbox, CatalogReadCache cache, TimeProvider clock, IOptionsMonitor<PriceChangeSettings> settings)
    : IRequestHandler<ChangePrice, ProductView>
{
    public async Task<ProductView> Handle(ChangePrice request, CancellationToken cancellationToken)
    {
        var product = await outbox.Db.Products.SingleOrDefaultAsync(product => product.Id == request.ProductId, cancellationToken)
            ?? throw new NotFoundException("Product", request.ProductId);

        var oldPrice = product.Price;
        if (!product.ChangePrice(request.Price, clock.GetUtcNow()))
        {
            return ProductView.From(product);
        }

        outbox.AfterCommit(cache.Changed);
        if (settings.CurrentValue.PriceChangedVersion == PriceChangedVersions.V2)
        {
            await outbox.PublishAsync(ProductEvents.PriceChangedV2(product, oldPrice));
        }
        else
        {
            await outbox.PublishAsync(ProductEvents.PriceChanged(product, oldPrice));
        }

        try
        {
            await outbox.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException($"Product '{request.ProductId}' was changed by someone else at the same moment; read it again and retry.");
        }

        return ProductView.From(product);
    }
}
