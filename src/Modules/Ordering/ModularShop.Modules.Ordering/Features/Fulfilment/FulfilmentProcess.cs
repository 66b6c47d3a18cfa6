using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Modules.Ordering.Contracts;
using ModularShop.Modules.Ordering.Domain;
using ModularShop.Modules.Ordering.Persistence;
using ModularShop.Modules.Ordering.Telemetry;
using ModularShop.Modules.Payments.Contracts;
using ModularShop.Modules.Shipping.Contracts;

namespace ModularShop.Modules.Ordering.Features.Fulfilment;

/// <summary>
/// The steps after confirmation: the payment is captured when Shipping says the parcel left, and given back when it
/// returns or an admin cancels the order. Like the checkout, each step is the order row moving, published through the
/// outbox with its change.
/// </summary>
internal sealed class FulfilmentProcess(IOutbox<OrderingDbContext> outbox, TimeProvider clock, OrderingMetrics metrics)
{
    public const string ReturnedReason = "The parcel came back to the shop.";

    public Task<Order> LoadAsync(Guid orderId, CancellationToken cancellationToken) => outbox.Db.LoadOrderAsync(orderId, cancellationToken);

    public void Packed(Order order, ShipmentPacked packed) => order.MarkPacked(packed.PackedAt, clock.GetUtcNow());

    public async Task ShippedAsync(Order order, ShipmentShipped shipped)
    {
        if (order.Ship(shipped.Carrier, shipped.TrackingNumber, shipped.ShippedAt, clock.GetUtcNow()))
        {
            outbox.AfterCommit(metrics.Shipped);
            await outbox.PublishAsync(new CapturePayment(order.Id));
        }
    }

    public async Task ReturnedAsync(Order order, ShipmentReturned returned)
    {
        if (order.Return(returned.ReturnedAt, clock.GetUtcNow()))
        {
            outbox.AfterCommit(metrics.Returned);
            await outbox.PublishAsync(new RefundPayment(order.Id, ReturnedReason));
        }
    }

    /// <summary>
    /// A stopped parcel's goods never left the shelf: Inventory puts its committed units back on hand. The order
    /// already shows its parcel cancelled, since only its cancellation stops one.
    /// </summary>
    public ValueTask StoppedAsync(ShipmentCancelled cancelled) => outbox.PublishAsync(new RestockOrder(cancelled.OrderId, cancelled.Reason));

    /// <summary>
    /// Cancels a confirmed or shipped order. Its money is asked back either way: Payments voids an authorization that
    /// was not captured and refunds one that was, also when the capture is still on its way. A parcel not yet shipped
    /// is stopped, and its stock goes back on the shelf when Shipping says so. A shipped parcel's stock stays committed:
    /// goods that come back need looking at, and whether they go back on the shelf is the warehouse's call.
    /// </summary>
    public async Task CancelAsync(Order order, string reason)
    {
        var parcelStopped = order.Shipment is ShipmentProgress.Waiting or ShipmentProgress.Packed;
        if (!order.CancelAfterConfirmation(reason, clock.GetUtcNow()))
        {
            return;
        }

        outbox.AfterCommit(metrics.CancelledAfterConfirmation);
        if (parcelStopped)
        {
            await outbox.PublishAsync(new CancelShipment(order.Id, reason));
        }

        await outbox.PublishAsync(new RefundPayment(order.Id, $"Order cancelled: {reason}"));
        await outbox.PublishAsync(new OrderCancelled(order.Id, order.CustomerId, reason, clock.GetUtcNow()));
    }
}
