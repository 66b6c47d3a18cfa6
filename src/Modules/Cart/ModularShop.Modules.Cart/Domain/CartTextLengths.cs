namespace ModularShop.Modules.Cart.Domain;

/// <summary>
/// How long the texts Cart keeps may be; its copy of the catalog is as long as Catalog's own columns.
/// The lengths are the current ones, and the migrations that created the columns use them too: to change one,
/// first write its current value into those migrations as a literal, then add a migration that alters the column.
/// </summary>
internal static class CartTextLengths
{
    public const int Sku = 32;

    public const int ProductName = 200;

    public const int Currency = 3;
}
