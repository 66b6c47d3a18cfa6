namespace ModularShop.Modules.Cart.Contracts;

/// <summary>
/// Where an order is to be delivered. The limits are the shop's: Cart refuses a longer address at checkout, and
/// Ordering's columns are as long as these.
/// </summary>
/// <param name="CountryCode">The ISO 3166-1 alpha-2 code, in capitals: <c>DE</c>, <c>FR</c>.</param>
/// <param name="Line2">The second address line, which most addresses do not need.</param>
public sealed record ShippingAddress(string Recipient, string Line1, string PostalCode, string City, string CountryCode, string? Line2 = null)
{
    public const int MaxRecipientLength = 200;

    public const int MaxLineLength = 200;

    public const int MaxPostalCodeLength = 20;

    public const int MaxCityLength = 100;

    public const int CountryCodeLength = 2;
}
