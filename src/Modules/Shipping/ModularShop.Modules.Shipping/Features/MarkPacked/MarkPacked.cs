using MediatR;

namespace ModularShop.Modules.Shipping.Features.MarkPacked;

/// <summary>The warehouse packed the order's parcel.</summary>
internal sealed record MarkPacked(Guid OrderId) : IRequest<ShipmentView>;
