using System.Text.RegularExpressions;
using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Shipping.Domain.Rules;

/// <summary>A tracking number is 1 to <see cref="ShippingTextLengths.TrackingNumber"/> letters, digits and dashes, starting with a letter or digit.</summary>
internal sealed partial class TrackingNumberMustBeWellFormedRule(string trackingNumber) : IBusinessRule
{
    public bool IsBroken() => !IsWellFormed(trackingNumber);

    /// <summary>The shape of a tracking number, in the words both the rule and a refused request use.</summary>
    public static string Shape { get; } = $"1 to {ShippingTextLengths.TrackingNumber} letters, digits and dashes, starting with a letter or digit";

    public string Message => $"Tracking number '{trackingNumber}' must be {Shape}.";

    public static bool IsWellFormed(string trackingNumber) => WellFormed().IsMatch(trackingNumber);

    // 63 is ShippingTextLengths.TrackingNumber less the first character, written out because an attribute takes only a constant string.
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9-]{0,63}\z")]
    private static partial Regex WellFormed();
}
