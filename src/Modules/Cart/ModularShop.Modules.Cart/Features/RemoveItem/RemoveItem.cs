using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Cart.Persistence;

namespace ModularShop.Modules.Cart.Features.RemoveItem;

internal sealed record RemoveItem(string CustomerId, Guid ProductId) : IRequest;
