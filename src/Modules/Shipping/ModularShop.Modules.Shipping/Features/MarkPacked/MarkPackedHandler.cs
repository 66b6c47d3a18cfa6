using MediatR;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Shipping.Contracts;
using ModularShop.Modules.Shipping.Persistence;

namespace ModularShop.Modules.Shipping.Features.MarkPacked;

internal sealed class MarkPackedHandler(IOutbox<ShippingDbContext> outbox, TimeProvider clock) : IRequestHandler<MarkPacked, ShipmentView>
{
    public async Task<ShipmentView> Handle(MarkPacked request, CancellationToken cancellationToken)
    {
        var shipment = await ShipmentChanges.FindAsync(outbox.Db, request.OrderId, cancellationToken);
        return await ShipmentChanges.MoveAsync(
            outbox, shipment, () => shipment.Pack(clock.GetUtcNow()), packed => new ShipmentPacked(packed.OrderId, packed.PackedAt!.Value), cancellationToken);
    }
}
