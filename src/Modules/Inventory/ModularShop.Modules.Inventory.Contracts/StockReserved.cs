namespace ModularShop.Modules.Inventory.Contracts;

/// <summary>Every line of the order is held.</summary>
public sealed record StockReserved(Guid OrderId)
{
    public const string MessageName = "inventory.stock-reserved.v1";
}
