using MediatR;

namespace ModularShop.Modules.Inventory.Features.GetStock;

internal sealed record GetStock(Guid ProductId) : IRequest<StockView>;
