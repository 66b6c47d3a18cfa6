using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Cart.Contracts;
using ModularShop.Modules.Cart.Persistence;

namespace ModularShop.Modules.Cart.Features.Checkout;

/// <summary>
/// Empties the cart and announces CartCheckedOut, with the lines at the prices the customer saw, in one transaction.
/// Two checkouts of the same cart at once (a double click) race on the cart's version: one wins, the other
/// orders nothing.
/// </summary>
internal sealed class CheckoutCartHandler(IOutbox<CartDbContext> outbox, TimeProvider clock) : IRequestHandler<CheckoutCart, Guid>
{
    public async Task<Guid> Handle(CheckoutCart request, CancellationToken cancellationToken)
    {
        var db = outbox.Db;
        var cart = await db.Carts.Include(cart => cart.Lines).SingleOrDefaultAsync(cart => cart.CustomerId == request.CustomerId, cancellationToken);
        if (cart is null)
        {
            Domain.Cart.CheckOutNothing();
        }

        var now = clock.GetUtcNow();
        var currency = cart!.Currency;
        var productIds = cart.Lines.Select(line => line.ProductId).ToList();
        var products = await db.Products.AsNoTracking().Where(product => productIds.Contains(product.ProductId)).ToDictionaryAsync(product => product.ProductId, cancellationToken);
        var lines = cart.CheckOut(now)
            .Select(line => (Line: line, Product: products[line.ProductId]))
            .Select(item => new CheckedOutLine(item.Product.ProductId, item.Product.Sku, item.Product.Name, item.Product.Price, item.Line.Quantity))
            .ToList();

        var orderId = Guid.CreateVersion7(now);
        await outbox.PublishAsync(new CartCheckedOut(orderId, request.CustomerId, lines, lines.Sum(line => line.UnitPrice * line.Quantity), currency!, request.PaymentToken, now, request.ShippingAddress));
        try
        {
            await outbox.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The cart changed while it was being checked out, and nothing was ordered. Look at the cart and check out again.");
        }

        return orderId;
    }
}
