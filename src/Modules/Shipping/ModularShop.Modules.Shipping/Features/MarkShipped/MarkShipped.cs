using MediatR;

namespace ModularShop.Modules.Shipping.Features.MarkShipped;

/// <summary>The carrier took the order's packed parcel under this tracking number.</summary>
internal sealed record MarkShipped(Guid OrderId, string Carrier, string TrackingNumber) : IRequest<ShipmentView>;

/// <summary>The body of POST /api/shipping/shipments/{orderId}/shipped.</summary>
internal sealed record MarkShippedRequest(string? Carrier, string? TrackingNumber);
