using MediatR;

namespace ModularShop.Modules.Shipping.Features.MarkReturned;

/// <summary>The order's parcel came back to the shop.</summary>
internal sealed record MarkReturned(Guid OrderId) : IRequest<ShipmentView>;
