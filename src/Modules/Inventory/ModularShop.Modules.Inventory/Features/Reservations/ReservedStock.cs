using Microsoft.EntityFrameworkCore;
using ModularShop.Modules.Inventory.Domain;
using ModularShop.Modules.Inventory.Persistence;

namespace ModularShop.Modules.Inventory.Features.Reservations;

internal static class ReservedStock
{
    /// <summary>The stock items a reservation holds units of, each with the quantity held.</summary>
    public static async Task<List<(StockItem Item, int Quantity)>> LoadAsync(InventoryDbContext db, Reservation reservation, CancellationToken cancellationToken)
    {
        var productIds = reservation.Lines.Select(line => line.ProductId).ToList();
        var stock = await db.StockItems.Where(item => productIds.Contains(item.ProductId)).ToDictionaryAsync(item => item.ProductId, cancellationToken);
        return reservation.Lines.Select(line => (stock[line.ProductId], line.Quantity)).ToList();
    }
}
