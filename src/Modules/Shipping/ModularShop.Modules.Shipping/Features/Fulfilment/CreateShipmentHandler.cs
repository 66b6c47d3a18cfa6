using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Shipping.Contracts;
using ModularShop.Modules.Shipping.Domain;
using ModularShop.Modules.Shipping.Persistence;

namespace ModularShop.Modules.Shipping.Features.Fulfilment;

/// <summary>
/// Opens the order's shipment, waiting for the warehouse. An order that already has one, whatever became of it
/// (cancelled before this arrived, say), keeps it and gets no second.
/// </summary>
internal sealed class CreateShipmentHandler(ShippingDbContext db, TimeProvider clock) : IIntegrationEventHandler<CreateShipment>
{
    public async Task HandleAsync(CreateShipment message, CancellationToken cancellationToken)
    {
        if (await db.Shipments.FindAsync([message.OrderId], cancellationToken) is not null)
        {
            return;
        }

        var shipTo = message.ShipTo is { } to ? new DeliveryAddress(to.Recipient, to.Line1, to.Line2, to.PostalCode, to.City, to.CountryCode) : null;
        var lines = message.Lines.Select(line => (line.ProductId, line.Sku, line.Name, line.Quantity));
        db.Shipments.Add(Shipment.Create(message.OrderId, message.CustomerId, lines, shipTo, clock.GetUtcNow()));
    }
}
