using MediatR;

namespace ModularShop.Modules.Shipping.Features.GetShipment;

/// <summary>The shipment of one order, for the warehouse.</summary>
internal sealed record GetShipment(Guid OrderId) : IRequest<ShipmentView>;
