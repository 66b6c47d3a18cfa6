using System.Text.RegularExpressions;
using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Catalog.Domain.Rules;

/// <summary>A SKU is 2 to 32 upper-case letters, digits and dashes, starting with a letter or digit.</summary>
internal sealed partial class SkuMustBeWellFormedRule(string sku) : IBusinessRule
{
    public bool IsBroken() => !WellFormed().IsMatch(sku);

    /// <summary>The shape of a SKU, in the words both the rule and a refused request use.</summary>
    public const string Shape = "2 to 32 upper-case letters, digits and dashes";

    public string Message => $"SKU '{sku}' must be {Shape}.";

    public static bool IsWellFormed(string sku) => WellFormed().IsMatch(sku);

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,31}$")]
    private static partial Regex WellFormed();
}
