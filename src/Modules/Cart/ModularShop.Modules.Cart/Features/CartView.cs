using Microsoft.EntityFrameworkCore;
using ModularShop.Modules.Cart.Domain;
using ModularShop.Modules.Cart.Persistence;

namespace ModularShop.Modules.Cart.Features;

/// <summary>A cart as the customer sees it: every line at the catalog's current price, and the total.</summary>
internal sealed record CartView(string CustomerId, IReadOnlyList<CartLineView> Lines, int ItemCount, decimal Total, string? Currency)
{
    /// <summary>The customer's cart as it is stored now, in one query.</summary>
    public static async Task<CartView> LoadAsync(CartDbContext db, string customerId, CancellationToken cancellationToken)
    {
        var lines = await db.Carts
            .AsNoTracking()
            .Where(cart => cart.CustomerId == customerId)
            .SelectMany(cart => cart.Lines)
            .Join(db.Products, line => line.ProductId, product => product.ProductId, (line, product) => new { line, product })
            .ToListAsync(cancellationToken);
        return Of(customerId, lines.Select(entry => (entry.line, entry.product)));
    }

    /// <summary>A cart just saved, with the products of its lines already read: no query. As in <see cref="LoadAsync"/>, a line shows only with its product.</summary>
    public static CartView Of(Domain.Cart cart, IReadOnlyDictionary<Guid, CatalogProduct> products) =>
        Of(cart.CustomerId, cart.Lines.Where(line => products.ContainsKey(line.ProductId)).Select(line => (line, products[line.ProductId])));

    private static CartView Of(string customerId, IEnumerable<(CartLine Line, CatalogProduct Product)> lines)
    {
        var ordered = lines.OrderBy(entry => entry.Line.AddedAt).ThenBy(entry => entry.Product.Name, StringComparer.Ordinal).ToList();
        var views = ordered
            .Select(entry => new CartLineView(
                entry.Product.ProductId,
                entry.Product.Sku,
                entry.Product.Name,
                entry.Product.Price,
                entry.Line.Quantity,
                entry.Product.Price * entry.Line.Quantity))
            .ToList();
        return new CartView(
            customerId,
            views,
            views.Sum(line => line.Quantity),
            views.Sum(line => line.LineTotal),
            ordered.Select(entry => entry.Product.Currency).FirstOrDefault());
    }
}

internal sealed record CartLineView(Guid ProductId, string Sku, string Name, decimal UnitPrice, int Quantity, decimal LineTotal);
