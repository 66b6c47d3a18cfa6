using ModularShop.Modules.Inventory.Domain;

namespace ModularShop.Modules.Inventory.Features;

internal sealed record StockView(Guid ProductId, string Sku, string Name, int OnHand, int Reserved, int Available)
{
    public static StockView From(StockItem item) => new(item.ProductId, item.Sku, item.Name, item.OnHand, item.Reserved, item.Available);
}
