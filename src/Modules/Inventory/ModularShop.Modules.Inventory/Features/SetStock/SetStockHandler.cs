using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.Modules.Inventory.Persistence;

namespace ModularShop.Modules.Inventory.Features.SetStock;

internal sealed class SetStockHandler(InventoryDbContext db, TimeProvider clock) : IRequestHandler<SetStock, StockView>
{
    public async Task<StockView> Handle(SetStock request, CancellationToken cancellationToken)
    {
        var item = await db.StockItems.SingleOrDefaultAsync(item => item.ProductId == request.ProductId, cancellationToken)
            ?? throw new NotFoundException("Stock for product", request.ProductId);
        item.SetOnHand(request.OnHand, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return StockView.From(item);
    }
}
