using System.Text.RegularExpressions;
using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Catalog.Domain.Rules;

/// <summary>A SKU is 2 to <see cref="ProductTextLengths.Sku"/> upper-case letters, digits and dashes, starting with a letter or digit.</summary>
internal sealed partial class SkuMustBeWellFormedRule(string sku) : IBusinessRule
{
    public bool IsBroken() => !WellFormed().IsMatch(sku);

    /// <summary>The shape of a SKU, in the words both the rule and a refused request use.</summary>
    public static string Shape { get; } = $"2 to {ProductTextLengths.Sku} upper-case letters, digits and dashes";

    public string Message => $"SKU '{sku}' must be {Shape}.";

    public static bool IsWellFormed(string sku) => WellFormed().IsMatch(sku);

    // 31 is ProductTextLengths.Sku less the first character, written out because an attribute takes only a constant string.
    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,31}$")]
    private static partial Regex WellFormed();
}
