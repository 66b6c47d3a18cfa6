using MediatR;

namespace ModularShop.Modules.Catalog.Features.CreateProduct;

internal sealed record CreateProduct(string Sku, string Name, string Description, decimal Price, string Currency) : IRequest<ProductView>;

/// <summary>The body of POST /api/catalog/products. Description and currency may be left out.</summary>
internal sealed record CreateProductRequest(string Sku, string Name, decimal Price, string? Description = null, string? Currency = null);
