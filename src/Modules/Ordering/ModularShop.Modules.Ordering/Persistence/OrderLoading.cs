using Microsoft.EntityFrameworkCore;
using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Persistence;

internal static class OrderLoading
{
    /// <summary>The order with its lines, tracked, for a change that moves it; none when there is no such order.</summary>
    public static Task<Order?> FindOrderAsync(this OrderingDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        db.Orders.Include(order => order.Lines).SingleOrDefaultAsync(order => order.Id == orderId, cancellationToken);

    /// <summary>The order a message is about, which Ordering must have placed already.</summary>
    public static async Task<Order> LoadOrderAsync(this OrderingDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        await db.FindOrderAsync(orderId, cancellationToken) ?? throw new UnknownOrderException(orderId);
}

/// <summary>An answer about an order Ordering has not placed (yet): retried, by which time it has been.</summary>
internal sealed class UnknownOrderException(Guid orderId) : Exception($"Order '{orderId}' is not known to Ordering.");
