namespace ModularShop.Modules.Shipping.Domain;

/// <summary>Where the parcel goes, as the customer gave it at checkout.</summary>
internal sealed record DeliveryAddress(string Recipient, string Line1, string? Line2, string PostalCode, string City, string CountryCode);
