using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.Modules.Catalog.Persistence;

namespace ModularShop.Modules.Catalog.Features.GetProduct;

internal sealed record GetProduct(Guid ProductId) : IRequest<ProductView>;
