using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Modules.Inventory.Domain;
using ModularShop.Modules.Inventory.Persistence;

namespace ModularShop.Modules.Inventory.Features.Reservations;

/// <summary>Gives held units back. A release that arrives before its reservation leaves a mark that refuses the reservation.</summary>
internal sealed class ReleaseStockHandler(InventoryDbContext db, TimeProvider clock) : IIntegrationEventHandler<ReleaseStock>
{
    public async Task HandleAsync(ReleaseStock message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reservation = await ReservedStock.FindAsync(db, message.OrderId, cancellationToken);
        if (reservation is null)
        {
            db.Reservations.Add(Reservation.ReleasedBeforeHeld(message.OrderId, message.Reason, now));
            return;
        }

        if (reservation.Status != ReservationStatus.Held)
        {
            return;
        }

        await ReservedStock.ReleaseAsync(db, reservation, message.Reason, now, cancellationToken);
    }
}
