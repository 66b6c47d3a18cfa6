using ModularShop.BuildingBlocks.Identifiers;

namespace ModularShop.Modules.Catalog.Features.SeedDemoCatalog;

internal sealed record DemoProduct(string Sku, string Name, string Description, decimal Price)
{
    /// <summary>Derived from the SKU (a name-based UUID, version 5), so a demo product has the same id on every machine.</summary>
    public Guid Id { get; } = DemoCatalog.IdFor(Sku);
}

/// <summary>The products an empty catalog starts with: enough to browse, search and page through.</summary>
internal static class DemoCatalog
{
    private static readonly Guid Namespace = new("6f1f4a36-2b0c-4f4e-9a55-5c2d6a1c9e01");

    public static IReadOnlyList<DemoProduct> Products { get; } =
    [
        new("MUG-CERAMIC-350", "Ceramic Mug 350 ml", "A stoneware mug that keeps a flat white warm.", 12.90m),
        new("MUG-ENAMEL-300", "Enamel Camp Mug", "Light, tough and made for the outdoors.", 14.50m),
        new("CUP-ESPRESSO-2", "Espresso Cups, set of 2", "Thick-walled porcelain cups with saucers.", 18.00m),
        new("KETTLE-GOOSE-1L", "Gooseneck Kettle 1 l", "A steady, slow pour for filter coffee.", 64.00m),
        new("GRINDER-HAND", "Hand Coffee Grinder", "Conical steel burrs, thirty grind settings.", 49.90m),
        new("GRINDER-BURR", "Electric Burr Grinder", "Even grounds from espresso to cold brew.", 139.00m),
        new("DRIPPER-V60", "Pour-over Dripper", "A cone dripper for bright, clean cups.", 22.00m),
        new("FILTER-PAPER-100", "Paper Filters, 100 pack", "Unbleached filters sized for the pour-over dripper.", 6.50m),
        new("PRESS-FRENCH-1L", "French Press 1 l", "Borosilicate glass and a four-layer mesh filter.", 34.90m),
        new("PRESS-TRAVEL", "Travel Coffee Press", "Brews a cup anywhere in under two minutes.", 39.00m),
        new("SCALE-COFFEE", "Coffee Scale with Timer", "Weighs to a tenth of a gram while it times the brew.", 44.00m),
        new("BEANS-ETHIOPIA-250", "Ethiopia Yirgacheffe Beans 250 g", "Washed, light roast: jasmine and lemon.", 13.80m),
        new("BEANS-COLOMBIA-250", "Colombia Huila Beans 250 g", "Medium roast: caramel and red apple.", 12.40m),
        new("BEANS-BRAZIL-1KG", "Brazil Cerrado Beans 1 kg", "Natural process: chocolate and nuts, made for espresso.", 32.00m),
        new("TEA-SENCHA-100", "Sencha Green Tea 100 g", "Steamed Japanese green tea, grassy and sweet.", 9.90m),
        new("TEA-ASSAM-250", "Assam Black Tea 250 g", "Malty and strong, good with milk.", 11.50m),
        new("TEAPOT-CAST-800", "Cast-iron Teapot 800 ml", "Enamelled inside, with a steel infuser.", 58.00m),
        new("INFUSER-STEEL", "Steel Tea Infuser", "A fine mesh basket that fits most mugs.", 7.90m),
        new("CANISTER-AIR-500", "Airtight Coffee Canister", "Keeps 500 g of beans fresh with a one-way valve.", 24.00m),
        new("TAMPER-58", "Espresso Tamper 58 mm", "A flat steel base and a walnut handle.", 29.00m),
        new("PITCHER-MILK-350", "Milk Frothing Pitcher 350 ml", "A sharp spout for latte art.", 16.90m),
        new("FROTHER-HAND", "Handheld Milk Frother", "Battery-powered foam in fifteen seconds.", 19.90m),
        new("TRAY-BAMBOO", "Bamboo Serving Tray", "Carries a pot and four cups.", 27.50m),
        new("GIFTCARD-25", "Gift Card 25", "For the coffee lover who has everything.", 25.00m),
    ];

    public static Guid IdFor(string sku) => NameBasedGuid.Create(Namespace, sku);
}
