using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Inventory.Domain.Rules;

/// <summary>Never hold more than is available: the rule that keeps the shop from overselling.</summary>
internal sealed class ReservationWithinAvailableStockRule(StockItem item, int quantity) : IBusinessRule
{
    public bool IsBroken() => quantity < 1 || quantity > item.Available;

    /// <summary>What is wrong with the reservation, in the words an order's refusal carries to the customer.</summary>
    public string Shortage => quantity < 1
        ? $"{item.Name} ({item.Sku}) cannot be ordered {quantity} times"
        : $"{item.Name} ({item.Sku}) has {item.Available} available, {quantity} ordered";

    public string Message => $"{Shortage}.";
}
