using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Modules.Inventory.Domain;
using ModularShop.Modules.Inventory.Persistence;

namespace ModularShop.Modules.Inventory.Features.Reservations;

/// <summary>A confirmed order's held units leave the stock for good.</summary>
internal sealed class CommitStockHandler(InventoryDbContext db, TimeProvider clock) : IIntegrationEventHandler<CommitStock>
{
    public async Task HandleAsync(CommitStock message, CancellationToken cancellationToken)
    {
        var reservation = await ReservedStock.FindAsync(db, message.OrderId, cancellationToken);
        if (reservation is not { Status: ReservationStatus.Held })
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var (item, quantity) in await ReservedStock.LoadAsync(db, reservation, cancellationToken))
        {
            item.Commit(quantity, now);
        }

        reservation.MarkCommitted(now);
    }
}
