namespace ModularShop.Modules.Inventory.Contracts;

/// <summary>Hold these quantities for an order. Answered with <see cref="StockReserved"/> or <see cref="StockReservationFailed"/>.</summary>
public sealed record ReserveStock(Guid OrderId, IReadOnlyList<StockLine> Lines)
{
    public const string MessageName = "inventory.reserve-stock.v1";
}

public sealed record StockLine(Guid ProductId, int Quantity);
