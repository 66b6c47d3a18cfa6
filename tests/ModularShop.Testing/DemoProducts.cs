using ModularShop.Modules.Catalog.Features.SeedDemoCatalog;

namespace ModularShop.Testing;

/// <summary>The demo products the tests name, with their ids derived from the SKU exactly as the catalog derives them.</summary>
public static class DemoProducts
{
    public const int Count = 24;

    /// <summary>The default fifty on hand.</summary>
    public static readonly Guid CeramicMug = DemoCatalog.IdFor("MUG-CERAMIC-350");

    public static readonly Guid EnamelMug = DemoCatalog.IdFor("MUG-ENAMEL-300");
    public static readonly Guid EspressoCups = DemoCatalog.IdFor("CUP-ESPRESSO-2");

    /// <summary>Sold out.</summary>
    public static readonly Guid Kettle = DemoCatalog.IdFor("KETTLE-GOOSE-1L");

    public static readonly Guid HandGrinder = DemoCatalog.IdFor("GRINDER-HAND");

    /// <summary>Sold out.</summary>
    public static readonly Guid BurrGrinder = DemoCatalog.IdFor("GRINDER-BURR");

    public static readonly Guid Dripper = DemoCatalog.IdFor("DRIPPER-V60");
    public static readonly Guid PaperFilters = DemoCatalog.IdFor("FILTER-PAPER-100");
    public static readonly Guid CoffeeScale = DemoCatalog.IdFor("SCALE-COFFEE");
    public static readonly Guid Sencha = DemoCatalog.IdFor("TEA-SENCHA-100");

    /// <summary>Two on hand.</summary>
    public static readonly Guid Teapot = DemoCatalog.IdFor("TEAPOT-CAST-800");

    public static readonly Guid Infuser = DemoCatalog.IdFor("INFUSER-STEEL");
    public static readonly Guid Canister = DemoCatalog.IdFor("CANISTER-AIR-500");
    public static readonly Guid Tamper = DemoCatalog.IdFor("TAMPER-58");
    public static readonly Guid Pitcher = DemoCatalog.IdFor("PITCHER-MILK-350");
    public static readonly Guid Frother = DemoCatalog.IdFor("FROTHER-HAND");

    /// <summary>A thousand on hand.</summary>
    public static readonly Guid GiftCard = DemoCatalog.IdFor("GIFTCARD-25");
}
