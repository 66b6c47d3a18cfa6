using Microsoft.EntityFrameworkCore;
using ModularShop.Modules.Inventory.Domain;
using ModularShop.Modules.Inventory.Persistence;

namespace ModularShop.Modules.Inventory.Features.Reservations;

internal static class ReservedStock
{
    /// <summary>What Inventory did for the order so far, with its lines; none before its first request.</summary>
    public static Task<Reservation?> FindAsync(InventoryDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        db.Reservations.Include(r => r.Lines).SingleOrDefaultAsync(r => r.OrderId == orderId, cancellationToken);

    /// <summary>The stock items a reservation holds units of, each with the quantity held.</summary>
    public static async Task<List<(StockItem Item, int Quantity)>> LoadAsync(InventoryDbContext db, Reservation reservation, CancellationToken cancellationToken)
    {
        var productIds = reservation.Lines.Select(line => line.ProductId).ToList();
        var stock = await db.StockItems.Where(item => productIds.Contains(item.ProductId)).ToDictionaryAsync(item => item.ProductId, cancellationToken);
        return reservation.Lines.Select(line => (stock[line.ProductId], line.Quantity)).ToList();
    }

    /// <summary>Gives a held reservation's units back to the available stock.</summary>
    public static async Task ReleaseAsync(InventoryDbContext db, Reservation reservation, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (item, quantity) in await LoadAsync(db, reservation, cancellationToken))
        {
            item.Release(quantity, now);
        }

        reservation.MarkReleased(reason, now);
    }
}
