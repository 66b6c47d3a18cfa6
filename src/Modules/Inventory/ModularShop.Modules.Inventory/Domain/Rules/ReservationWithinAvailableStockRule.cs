using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Inventory.Domain.Rules;

/// <summary>Never hold more than is available: the rule that keeps the shop from overselling.</summary>
internal sealed class ReservationWithinAvailableStockRule(StockItem item, int quantity) : IBusinessRule
{
    public bool IsBroken() => quantity < 1 || quantity > item.Available;

    public string Message => $"{item.Name} ({item.Sku}) has {item.Available} available; {quantity} requested.";
}
