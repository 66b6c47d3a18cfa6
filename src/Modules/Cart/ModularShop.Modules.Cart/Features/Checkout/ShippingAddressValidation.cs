using ModularShop.BuildingBlocks.Validation;
using ModularShop.Modules.Cart.Contracts;

namespace ModularShop.Modules.Cart.Features.Checkout;

/// <summary>The address a checkout may give, held to the limits that <see cref="ShippingAddress"/> states for every module.</summary>
internal static class ShippingAddressValidation
{
    private const string Prefix = "shippingAddress.";

    public static IEnumerable<ValidationError> Check(ShippingAddress? address)
    {
        if (address is null)
        {
            return [];
        }

        return
        [
            .. Text("recipient", address.Recipient, ShippingAddress.MaxRecipientLength, required: true),
            .. Text("line1", address.Line1, ShippingAddress.MaxLineLength, required: true),
            .. Text("line2", address.Line2, ShippingAddress.MaxLineLength, required: false),
            .. Text("postalCode", address.PostalCode, ShippingAddress.MaxPostalCodeLength, required: true),
            .. Text("city", address.City, ShippingAddress.MaxCityLength, required: true),
            .. Country(address.CountryCode),
        ];
    }

    private static IEnumerable<ValidationError> Text(string field, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required || value is { Length: > 0 })
            {
                yield return new ValidationError(Prefix + field, required ? "is required" : "must not be only spaces; leave it out instead");
            }
        }
        else if (value.Length > maxLength || value.Contains('\0', StringComparison.Ordinal))
        {
            yield return new ValidationError(Prefix + field, $"must be at most {maxLength} characters, without the character U+0000");
        }
    }

    private static IEnumerable<ValidationError> Country(string? code)
    {
        if (code is not { Length: ShippingAddress.CountryCodeLength } || !code.All(char.IsAsciiLetterUpper))
        {
            yield return new ValidationError(Prefix + "countryCode", "must be the country's ISO 3166-1 alpha-2 code, in capitals: DE, FR");
        }
    }
}
