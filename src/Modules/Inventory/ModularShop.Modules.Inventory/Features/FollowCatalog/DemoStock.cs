namespace ModularShop.Modules.Inventory.Features.FollowCatalog;

/// <summary>
/// The stock the demo products start with, by SKU. Two are sold out and one is nearly gone, so a demo shows
/// every way a checkout can end.
/// </summary>
internal static class DemoStock
{
    public const int Default = 50;

    private static readonly Dictionary<string, int> Exceptions = new(StringComparer.Ordinal)
    {
        ["GRINDER-BURR"] = 0,
        ["KETTLE-GOOSE-1L"] = 0,
        ["TEAPOT-CAST-800"] = 2,
        ["GIFTCARD-25"] = 1_000,
    };

    private static readonly HashSet<string> DemoSkus = new(StringComparer.Ordinal)
    {
        "MUG-CERAMIC-350", "MUG-ENAMEL-300", "CUP-ESPRESSO-2", "KETTLE-GOOSE-1L", "GRINDER-HAND", "GRINDER-BURR",
        "DRIPPER-V60", "FILTER-PAPER-100", "PRESS-FRENCH-1L", "PRESS-TRAVEL", "SCALE-COFFEE", "BEANS-ETHIOPIA-250",
        "BEANS-COLOMBIA-250", "BEANS-BRAZIL-1KG", "TEA-SENCHA-100", "TEA-ASSAM-250", "TEAPOT-CAST-800", "INFUSER-STEEL",
        "CANISTER-AIR-500", "TAMPER-58", "PITCHER-MILK-350", "FROTHER-HAND", "TRAY-BAMBOO", "GIFTCARD-25",
    };

    public static bool TryGet(string sku, out int onHand)
    {
        onHand = Exceptions.GetValueOrDefault(sku, Default);
        return DemoSkus.Contains(sku);
    }
}
