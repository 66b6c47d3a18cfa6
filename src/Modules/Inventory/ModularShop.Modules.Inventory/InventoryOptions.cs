using System.ComponentModel.DataAnnotations;

namespace ModularShop.Modules.Inventory;

/// <summary>The <c>Modules:Inventory</c> section.</summary>
internal sealed class InventoryOptions
{
    /// <summary>Give the demo products their demo stock when Catalog announces them.</summary>
    public bool SeedDemoStock { get; set; } = true;

    /// <summary>What any other new product starts with.</summary>
    [Range(0, StockLimits.MaxOnHand)]
    public int InitialStockForNewProducts { get; set; }
}

internal static class StockLimits
{
    public const int MaxOnHand = 1_000_000;
}
