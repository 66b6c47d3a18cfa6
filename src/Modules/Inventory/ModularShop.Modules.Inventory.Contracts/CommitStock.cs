namespace ModularShop.Modules.Inventory.Contracts;

/// <summary>The order is confirmed: what was held for it leaves the stock.</summary>
public sealed record CommitStock(Guid OrderId)
{
    public const string MessageName = "inventory.commit-stock.v1";
}
