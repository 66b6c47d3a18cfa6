namespace ModularShop.Modules.Inventory.Contracts;

/// <summary>Nothing is held for the order, and <see cref="Reason"/> says why (which products fall short).</summary>
public sealed record StockReservationFailed(Guid OrderId, string Reason)
{
    public const string MessageName = "inventory.stock-reservation-failed.v1";
}
