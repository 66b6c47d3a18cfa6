namespace ModularShop.Modules.Inventory.Domain;

/// <summary>
/// How long the texts Inventory keeps may be; a stock item's SKU and name are as long as Catalog's.
/// The lengths are the current ones, and the migrations that created the columns use them too: to change one,
/// first write its current value into those migrations as a literal, then add a migration that alters the column.
/// </summary>
internal static class InventoryTextLengths
{
    public const int Sku = 32;

    public const int ProductName = 200;

    public const int ReservationStatus = 20;

    public const int Reason = 1000;
}
