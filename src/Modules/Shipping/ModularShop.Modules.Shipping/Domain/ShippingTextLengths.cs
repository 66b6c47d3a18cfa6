using ModularShop.Modules.Shipping.Contracts;

namespace ModularShop.Modules.Shipping.Domain;

/// <summary>
/// How long the texts Shipping keeps may be; a line's SKU and name are as long as Catalog's, the carrier and the
/// tracking number as long as <see cref="ShipmentShipped"/> promises.
/// The lengths are the current ones, and the migrations that created the columns use them too: to change one,
/// first write its current value into those migrations as a literal, then add a migration that alters the column.
/// </summary>
internal static class ShippingTextLengths
{
    public const int Status = 20;

    public const int Sku = 32;

    public const int ProductName = 200;

    public const int Recipient = 200;

    public const int AddressLine = 200;

    public const int PostalCode = 20;

    public const int City = 100;

    public const int CountryCode = 2;

    public const int Carrier = ShipmentShipped.MaxCarrierLength;

    public const int TrackingNumber = ShipmentShipped.MaxTrackingNumberLength;

    public const int CancellationReason = 500;
}
