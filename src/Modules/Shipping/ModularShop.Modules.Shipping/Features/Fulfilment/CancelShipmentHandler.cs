using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Shipping.Contracts;
using ModularShop.Modules.Shipping.Domain;
using ModularShop.Modules.Shipping.Persistence;

namespace ModularShop.Modules.Shipping.Features.Fulfilment;

/// <summary>
/// Keeps a parcel still in the shop from being sent. Arriving first, it leaves a cancelled shipment behind, so the
/// request to create it that follows creates nothing. A parcel already with the carrier, or back, stays as it is.
/// Each cancellation is published once, so that the order's goods can go back on the shelf.
/// </summary>
internal sealed partial class CancelShipmentHandler(IOutbox<ShippingDbContext> outbox, TimeProvider clock, ILogger<CancelShipmentHandler> logger)
    : IIntegrationEventHandler<CancelShipment>
{
    public async Task HandleAsync(CancelShipment message, CancellationToken cancellationToken)
    {
        var db = outbox.Db;
        var now = clock.GetUtcNow();
        var shipment = await db.Shipments.Include(shipment => shipment.Lines).SingleOrDefaultAsync(shipment => shipment.OrderId == message.OrderId, cancellationToken);
        if (shipment is null)
        {
            var cancelled = Shipment.CancelledBeforeCreation(message.OrderId, message.Reason, now);
            db.Shipments.Add(cancelled);
            await outbox.PublishAsync(Announce(cancelled));
            return;
        }

        var rule = shipment.MayBecome(ShipmentStatus.Cancelled);
        if (shipment.Status != ShipmentStatus.Cancelled && rule.IsBroken())
        {
            // The goods have left the shop: what happens to the order now is for whoever sent this to decide.
            NotCancelled(message.OrderId, rule.Message, message.Reason);
            return;
        }

        if (shipment.Cancel(message.Reason, now))
        {
            await outbox.PublishAsync(Announce(shipment));
        }
    }

    private static ShipmentCancelled Announce(Shipment shipment) =>
        new(shipment.OrderId, shipment.CancellationReason ?? "", shipment.CancelledAt ?? shipment.UpdatedAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shipment of order {OrderId} not cancelled: {Why} The cancellation's reason was: {Reason}")]
    private partial void NotCancelled(Guid orderId, string why, string reason);
}
