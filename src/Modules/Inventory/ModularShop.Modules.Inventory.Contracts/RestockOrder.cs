namespace ModularShop.Modules.Inventory.Contracts;

/// <summary>
/// Put a confirmed order's units back on the shelf: its parcel was stopped before it left. Sent also when the commit
/// may not have arrived yet: the held units are released, and the late commit takes nothing.
/// </summary>
public sealed record RestockOrder(Guid OrderId, string Reason)
{
    public const string MessageName = "inventory.restock-order.v1";
}
