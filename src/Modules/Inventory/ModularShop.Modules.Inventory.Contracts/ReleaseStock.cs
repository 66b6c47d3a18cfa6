namespace ModularShop.Modules.Inventory.Contracts;

/// <summary>
/// Give back what was held for an order that will not be fulfilled. Sent also when no reservation may exist yet:
/// a reservation that arrives after its release is refused.
/// </summary>
public sealed record ReleaseStock(Guid OrderId, string Reason)
{
    public const string MessageName = "inventory.release-stock.v1";
}
