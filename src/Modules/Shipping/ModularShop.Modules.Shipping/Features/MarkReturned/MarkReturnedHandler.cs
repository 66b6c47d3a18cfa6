using MediatR;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Shipping.Contracts;
using ModularShop.Modules.Shipping.Persistence;

namespace ModularShop.Modules.Shipping.Features.MarkReturned;

internal sealed class MarkReturnedHandler(IOutbox<ShippingDbContext> outbox, TimeProvider clock) : IRequestHandler<MarkReturned, ShipmentView>
{
    public async Task<ShipmentView> Handle(MarkReturned request, CancellationToken cancellationToken)
    {
        var shipment = await ShipmentChanges.FindAsync(outbox.Db, request.OrderId, cancellationToken);
        return await ShipmentChanges.MoveAsync(
            outbox, shipment, () => shipment.Return(clock.GetUtcNow()), returned => new ShipmentReturned(returned.OrderId, returned.ReturnedAt!.Value), cancellationToken);
    }
}
