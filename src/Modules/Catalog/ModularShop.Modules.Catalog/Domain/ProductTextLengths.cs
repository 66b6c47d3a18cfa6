namespace ModularShop.Modules.Catalog.Domain;

/// <summary>
/// How long a product's texts may be: the validators refuse longer ones and the columns are as long.
/// The lengths are the current ones, and the migrations that created the columns use them too: to change one,
/// first write its current value into those migrations as a literal, then add a migration that alters the column.
/// </summary>
internal static class ProductTextLengths
{
    public const int Sku = 32;

    public const int Name = 200;

    public const int Description = 2000;

    public const int Currency = 3;
}
