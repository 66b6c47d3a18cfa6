namespace ModularShop.Modules.Shipping.Contracts;

/// <summary>
/// Ship these lines of a confirmed order to this address. One shipment per order, however often this arrives;
/// answered with <see cref="ShipmentPacked"/>, <see cref="ShipmentShipped"/> and <see cref="ShipmentReturned"/> as
/// the warehouse moves it.
/// </summary>
/// <param name="ShipTo">None for an order placed before checkout asked for an address: the warehouse finds it out.</param>
public sealed record CreateShipment(Guid OrderId, string CustomerId, IReadOnlyList<ShipmentLine> Lines, ShipmentAddress? ShipTo)
{
    public const string MessageName = "shipping.create-shipment.v1";
}

/// <summary>One line to put in the parcel.</summary>
public sealed record ShipmentLine(Guid ProductId, string Sku, string Name, int Quantity);

/// <summary>Where the parcel goes, as the customer gave it at checkout.</summary>
/// <param name="CountryCode">The ISO 3166-1 alpha-2 code, in capitals.</param>
public sealed record ShipmentAddress(string Recipient, string Line1, string? Line2, string PostalCode, string City, string CountryCode);
