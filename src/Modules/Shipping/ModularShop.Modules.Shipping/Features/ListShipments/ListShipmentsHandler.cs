using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.Modules.Shipping.Domain;
using ModularShop.Modules.Shipping.Persistence;

namespace ModularShop.Modules.Shipping.Features.ListShipments;

internal sealed class ListShipmentsHandler(ShippingDbContext db) : IRequestHandler<ListShipments, ShipmentPage>
{
    public async Task<ShipmentPage> Handle(ListShipments request, CancellationToken cancellationToken)
    {
        ShipmentStatus[] statuses = request.Status is null ? [ShipmentStatus.Waiting, ShipmentStatus.Packed] : [ShipmentStatuses.Parse(request.Status)!.Value];
        var shipments = db.Shipments.AsNoTracking().Where(shipment => statuses.Contains(shipment.Status));
        var total = await shipments.CountAsync(cancellationToken);

        // Order ids are version 7 UUIDs, made at checkout: on SQLite and PostgreSQL they sort by the millisecond the
        // order was placed in, which a timestamp with an offset does not on SQLite (it is kept there as text).
        var page = await shipments
            .Include(shipment => shipment.Lines)
            .OrderBy(shipment => shipment.OrderId)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .ToListAsync(cancellationToken);
        return new ShipmentPage(page.Select(ShipmentView.From).ToList(), request.Page, request.PageSize, total);
    }
}
