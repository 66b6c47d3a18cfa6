using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Modules.Inventory.Domain;
using ModularShop.Modules.Inventory.Persistence;

namespace ModularShop.Modules.Inventory.Features.Reservations;

/// <summary>
/// Puts the units of an order whose parcel never left back on hand. Arriving before the commit, it releases what is
/// held, so the late commit finds nothing held; arriving before the reservation, it leaves a mark that refuses it.
/// </summary>
internal sealed class RestockOrderHandler(InventoryDbContext db, TimeProvider clock) : IIntegrationEventHandler<RestockOrder>
{
    public async Task HandleAsync(RestockOrder message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reservation = await ReservedStock.FindAsync(db, message.OrderId, cancellationToken);
        if (reservation is null)
        {
            db.Reservations.Add(Reservation.ReleasedBeforeHeld(message.OrderId, message.Reason, now));
            return;
        }

        switch (reservation.Status)
        {
            case ReservationStatus.Committed:
                foreach (var (item, quantity) in await ReservedStock.LoadAsync(db, reservation, cancellationToken))
                {
                    item.Restock(quantity, now);
                }

                reservation.MarkRestocked(message.Reason, now);
                break;
            case ReservationStatus.Held:
                await ReservedStock.ReleaseAsync(db, reservation, message.Reason, now, cancellationToken);
                break;
        }
    }
}
