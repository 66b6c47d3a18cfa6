using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Modules.Inventory.Domain;
using ModularShop.Modules.Inventory.Domain.Rules;
using ModularShop.Modules.Inventory.Persistence;
using ModularShop.Modules.Inventory.Telemetry;

namespace ModularShop.Modules.Inventory.Features.Reservations;

/// <summary>
/// Holds every line of an order, or none. Two orders racing for the last units both read the same stock, but only
/// one can write it: the loser's transaction fails on the stock version, is retried, and then finds too little.
/// </summary>
internal sealed class ReserveStockHandler(IOutbox<InventoryDbContext> outbox, TimeProvider clock, InventoryMetrics metrics) : IIntegrationEventHandler<ReserveStock>
{
    public async Task HandleAsync(ReserveStock message, CancellationToken cancellationToken)
    {
        var db = outbox.Db;
        var earlier = await db.Reservations.FindAsync([message.OrderId], cancellationToken);
        if (earlier is not null)
        {
            await outbox.PublishAsync(ReservationAnswers.For(earlier));
            return;
        }

        var now = clock.GetUtcNow();
        var requested = message.Lines
            .GroupBy(line => line.ProductId)
            .Select(group => (ProductId: group.Key, Quantity: group.Sum(line => line.Quantity)))
            .ToList();
        var productIds = requested.Select(line => line.ProductId).ToList();
        var stock = await db.StockItems.Where(item => productIds.Contains(item.ProductId)).ToDictionaryAsync(item => item.ProductId, cancellationToken);

        var shortages = requested.Select(line => ShortageOf(line.ProductId, line.Quantity, stock)).OfType<string>().ToList();
        if (requested.Count == 0 || shortages.Count > 0)
        {
            var reason = requested.Count == 0 ? "The order has no lines." : $"Out of stock: {string.Join("; ", shortages)}.";
            var refused = Reservation.Refuse(message.OrderId, reason, now);
            db.Reservations.Add(refused);
            outbox.AfterCommit(metrics.Refused);
            await outbox.PublishAsync(ReservationAnswers.For(refused));
            return;
        }

        foreach (var (productId, quantity) in requested)
        {
            stock[productId].Reserve(quantity, now);
        }

        var held = Reservation.Hold(message.OrderId, requested, now);
        db.Reservations.Add(held);
        outbox.AfterCommit(metrics.Held);
        await outbox.PublishAsync(ReservationAnswers.For(held));
    }

    private static string? ShortageOf(Guid productId, int quantity, Dictionary<Guid, StockItem> stock)
    {
        if (!stock.TryGetValue(productId, out var item))
        {
            return $"product {productId} is not stocked";
        }

        var rule = new ReservationWithinAvailableStockRule(item, quantity);
        return rule.IsBroken() ? rule.Shortage : null;
    }
}
