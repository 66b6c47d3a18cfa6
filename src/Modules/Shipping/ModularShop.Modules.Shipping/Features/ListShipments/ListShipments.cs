using MediatR;

namespace ModularShop.Modules.Shipping.Features.ListShipments;

/// <summary>
/// Shipments in one status, or all those still to be sent (Waiting and Packed) when none is named, oldest order
/// first, one page at a time.
/// </summary>
internal sealed record ListShipments(string? Status, int Page, int PageSize) : IRequest<ShipmentPage>;

internal sealed record ShipmentPage(IReadOnlyList<ShipmentView> Items, int Page, int PageSize, int Total);
