using MediatR;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Shipping.Contracts;
using ModularShop.Modules.Shipping.Persistence;

namespace ModularShop.Modules.Shipping.Features.MarkShipped;

internal sealed class MarkShippedHandler(IOutbox<ShippingDbContext> outbox, TimeProvider clock) : IRequestHandler<MarkShipped, ShipmentView>
{
    public async Task<ShipmentView> Handle(MarkShipped request, CancellationToken cancellationToken)
    {
        var shipment = await ShipmentChanges.FindAsync(outbox.Db, request.OrderId, cancellationToken);
        return await ShipmentChanges.MoveAsync(
            outbox,
            shipment,
            () => shipment.Ship(request.Carrier, request.TrackingNumber, clock.GetUtcNow()),
            shipped => new ShipmentShipped(shipped.OrderId, shipped.Carrier!, shipped.TrackingNumber!, shipped.ShippedAt!.Value),
            cancellationToken);
    }
}
