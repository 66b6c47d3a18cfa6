using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.Modules.Inventory.Persistence;

namespace ModularShop.Modules.Inventory.Features.GetStock;

internal sealed class GetStockHandler(InventoryDbContext db) : IRequestHandler<GetStock, StockView>
{
    public async Task<StockView> Handle(GetStock request, CancellationToken cancellationToken)
    {
        var item = await db.StockItems.AsNoTracking().SingleOrDefaultAsync(item => item.ProductId == request.ProductId, cancellationToken)
            ?? throw new NotFoundException("Stock for product", request.ProductId);
        return StockView.From(item);
    }
}
