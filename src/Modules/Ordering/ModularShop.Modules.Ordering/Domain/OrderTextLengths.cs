namespace ModularShop.Modules.Ordering.Domain;

/// <summary>
/// How long an order's texts may be; a line's SKU and name are as long as Catalog's.
/// The lengths are the current ones, and the migrations that created the columns use them too: to change one,
/// first write its current value into those migrations as a literal, then add a migration that alters the column.
/// </summary>
internal static class OrderTextLengths
{
    public const int Status = 20;

    public const int ShipmentProgress = 20;

    public const int Currency = 3;

    public const int CancellationReason = 1000;

    public const int Sku = 32;

    public const int ProductName = 200;
}
