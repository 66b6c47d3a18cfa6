using MediatR;

namespace ModularShop.Modules.Catalog.Features.GetProduct;

internal sealed record GetProduct(Guid ProductId) : IRequest<ProductView>;
