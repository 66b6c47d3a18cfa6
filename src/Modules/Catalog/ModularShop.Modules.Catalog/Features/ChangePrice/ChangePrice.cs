using MediatR;

namespace ModularShop.Modules.Catalog.Features.ChangePrice;

internal sealed record ChangePrice(Guid ProductId, decimal Price) : IRequest<ProductView>;

/// <summary>The body of PUT /api/catalog/products/{id}/price.</summary>
internal sealed record ChangePriceRequest(decimal Price);
