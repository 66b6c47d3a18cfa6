using System.ComponentModel.DataAnnotations;
using ModularShop.Modules.Catalog.Contracts;

namespace ModularShop.Modules.Catalog.Features.ChangePrice;

/// <summary>
/// The part of the <c>Modules:Catalog</c> section that each price change reads as it is now. A class apart from
/// CatalogOptions, parts of which are read as they were at start, so that what is live can be told from the code.
/// </summary>
internal sealed class PriceChangeSettings
{
    /// <summary>
    /// Which version of the price change Catalog publishes: 1 until every consumer of it runs a release that handles
    /// v2 (consumers first); see docs/upgrades.md.
    /// </summary>
    [Range(PriceChangedVersions.V1, PriceChangedVersions.V2, ErrorMessage = "must be {1} (" + ProductPriceChanged.MessageName + ") or {2} (" + ProductPriceChangedV2.MessageName + ")")]
    public int PriceChangedVersion { get; set; } = PriceChangedVersions.V1;
}
