using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.Modules.Inventory.Persistence;

namespace ModularShop.Modules.Inventory.Features.GetStock;

internal sealed record GetStock(Guid ProductId) : IRequest<StockView>;
