namespace ModularShop.ArchitectureTests.Violations.Shipping.Contracts;

/// <summary>
/// Against the published record in RulesCatchViolationsTests: v1 of a message that broke into a v2 whose handler
/// forgot it. ParcelDeliveredV2 declares no upcast from it, and Billing handles v2 alone, so v1, which an older
/// Shipping still sends, has lost its handler though it is not retired.
/// </summary>
public sealed record ParcelDelivered(Guid ParcelId, string DeliveredTo)
{
    public const string MessageName = "shipping.parcel-delivered.v1";
}

public sealed record ParcelDeliveredV2(Guid ParcelId, string Recipient, DateTimeOffset DeliveredAt)
{
    public const string MessageName = "shipping.parcel-delivered.v2";
}
