using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.Modules.Shipping.Persistence;

namespace ModularShop.Modules.Shipping.Features.GetShipment;

internal sealed class GetShipmentHandler(ShippingDbContext db) : IRequestHandler<GetShipment, ShipmentView>
{
    public async Task<ShipmentView> Handle(GetShipment request, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.AsNoTracking().Include(shipment => shipment.Lines)
            .SingleOrDefaultAsync(shipment => shipment.OrderId == request.OrderId, cancellationToken)
            ?? throw new NotFoundException("Shipment for order", request.OrderId);
        return ShipmentView.From(shipment);
    }
}
