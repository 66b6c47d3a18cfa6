using ModularShop.BuildingBlocks.Domain;
using ModularShop.Modules.Inventory.Domain.Rules;

namespace ModularShop.Modules.Inventory.Domain;

/// <summary>One product's stock: what is on hand, and how much of it is held for orders not yet confirmed.</summary>
internal sealed class StockItem : Entity
{
    private StockItem()
    {
    }

    public Guid ProductId { get; private set; }

    public string Sku { get; private set; } = "";

    public string Name { get; private set; } = "";

    public int OnHand { get; private set; }

    public int Reserved { get; private set; }

    public int Available => OnHand - Reserved;

    public long Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static StockItem Open(Guid productId, string sku, string name, int onHand, DateTimeOffset now) =>
        new() { ProductId = productId, Sku = sku, Name = name, OnHand = onHand, Version = 1, UpdatedAt = now };

    public void Reserve(int quantity, DateTimeOffset now)
    {
        CheckRule(new ReservationWithinAvailableStockRule(this, quantity));
        Reserved += quantity;
        Touch(now);
    }

    public void Release(int quantity, DateTimeOffset now)
    {
        Reserved = Math.Max(0, Reserved - quantity);
        Touch(now);
    }

    /// <summary>Held units leave the shop: they are no longer on hand, nor held.</summary>
    public void Commit(int quantity, DateTimeOffset now)
    {
        Reserved = Math.Max(0, Reserved - quantity);
        OnHand = Math.Max(0, OnHand - quantity);
        Touch(now);
    }

    /// <summary>Committed units that never left the shop are on hand again.</summary>
    public void Restock(int quantity, DateTimeOffset now)
    {
        OnHand += quantity;
        Touch(now);
    }

    public void SetOnHand(int onHand, DateTimeOffset now)
    {
        CheckRule(new OnHandNotBelowReservedRule(onHand, Reserved));
        OnHand = onHand;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }
}
