namespace ModularShop.Modules.Catalog.Features.ChangePrice;

/// <summary>The versions of the price change that Catalog can publish, as <c>Modules:Catalog:PriceChangedVersion</c> names them.</summary>
internal static class PriceChangedVersions
{
    /// <summary><see cref="Contracts.ProductPriceChanged"/>, the default of this release.</summary>
    public const int V1 = 1;

    /// <summary><see cref="Contracts.ProductPriceChangedV2"/>.</summary>
    public const int V2 = 2;
}
