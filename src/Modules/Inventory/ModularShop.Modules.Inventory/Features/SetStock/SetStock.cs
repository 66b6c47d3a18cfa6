using MediatR;

namespace ModularShop.Modules.Inventory.Features.SetStock;

internal sealed record SetStock(Guid ProductId, int OnHand) : IRequest<StockView>;

/// <summary>The body of PUT /api/inventory/{productId}.</summary>
internal sealed record SetStockRequest(int OnHand);
