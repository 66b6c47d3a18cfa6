using Microsoft.EntityFrameworkCore;
using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Persistence;

internal static class OrderLoading
{
    /// <summary>The order with its lines, tracked, for a step that moves it.</summary>
    public static async Task<Order> LoadOrderAsync(this OrderingDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        await db.Orders.Include(order => order.Lines).SingleOrDefaultAsync(order => order.Id == orderId, cancellationToken)
        ?? throw new UnknownOrderException(orderId);
}

/// <summary>An answer about an order Ordering has not placed (yet): retried, by which time it has been.</summary>
internal sealed class UnknownOrderException(Guid orderId) : Exception($"Order '{orderId}' is not known to Ordering.");
