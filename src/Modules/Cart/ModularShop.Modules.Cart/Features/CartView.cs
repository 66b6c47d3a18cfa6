using Microsoft.EntityFrameworkCore;
using ModularShop.Modules.Cart.Persistence;

namespace ModularShop.Modules.Cart.Features;

/// <summary>A cart as the customer sees it: every line at the catalog's current price, and the total.</summary>
internal sealed record CartView(string CustomerId, IReadOnlyList<CartLineView> Lines, int ItemCount, decimal Total, string? Currency)
{
    public static async Task<CartView> LoadAsync(CartDbContext db, string customerId, CancellationToken cancellationToken)
    {
        var lines = await db.Carts
            .AsNoTracking()
            .Where(cart => cart.CustomerId == customerId)
            .SelectMany(cart => cart.Lines)
            .Join(db.Products, line => line.ProductId, product => product.ProductId, (line, product) => new { line, product })
            .ToListAsync(cancellationToken);

        var views = lines
            .OrderBy(entry => entry.line.AddedAt)
            .ThenBy(entry => entry.product.Name, StringComparer.Ordinal)
            .Select(entry => new CartLineView(
                entry.product.ProductId,
                entry.product.Sku,
                entry.product.Name,
                entry.product.Price,
                entry.line.Quantity,
                entry.product.Price * entry.line.Quantity))
            .ToList();
        return new CartView(
            customerId,
            views,
            views.Sum(line => line.Quantity),
            views.Sum(line => line.LineTotal),
            lines.Select(entry => entry.product.Currency).FirstOrDefault());
    }
}

internal sealed record CartLineView(Guid ProductId, string Sku, string Name, decimal UnitPrice, int Quantity, decimal LineTotal);
