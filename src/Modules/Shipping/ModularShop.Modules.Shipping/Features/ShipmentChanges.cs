using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Domain;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Shipping.Domain;
using ModularShop.Modules.Shipping.Domain.Rules;
using ModularShop.Modules.Shipping.Persistence;

namespace ModularShop.Modules.Shipping.Features;

/// <summary>What every admin's move of a shipment does: find it, move it as the domain allows, publish the move with it.</summary>
internal static class ShipmentChanges
{
    public static async Task<Shipment> FindAsync(ShippingDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        await db.Shipments.Include(shipment => shipment.Lines).SingleOrDefaultAsync(shipment => shipment.OrderId == orderId, cancellationToken)
            ?? throw new NotFoundException("Shipment for order", orderId);

    /// <summary>
    /// Moves the shipment, and publishes <paramref name="announce"/> in the same transaction when it moved. A move the
    /// shipment's state does not allow clashes with that state: a 409 that names it.
    /// </summary>
    public static async Task<ShipmentView> MoveAsync<TEvent>(
        IOutbox<ShippingDbContext> outbox, Shipment shipment, Func<bool> move, Func<Shipment, TEvent> announce, CancellationToken cancellationToken)
        where TEvent : class
    {
        bool moved;
        try
        {
            moved = move();
        }
        catch (BusinessRuleViolationException refused) when (refused.Rule == nameof(ShipmentMayMoveRule))
        {
            throw new ConflictException(refused.Message);
        }

        if (!moved)
        {
            return ShipmentView.From(shipment);
        }

        await outbox.PublishAsync(announce(shipment));
        try
        {
            await outbox.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException($"The shipment of order '{shipment.OrderId}' was changed by someone else at the same moment; read it again and retry.");
        }

        return ShipmentView.From(shipment);
    }
}
