namespace ModularShop.ArchitectureTests.Violations.Shipping.Contracts;

/// <summary>
/// Against the published record in RulesCatchViolationsTests: breaks "a published message only gains optional
/// fields" (Carrier is gone, TrackingCode is new and required); Note is an addition that keeps it.
/// </summary>
public sealed record ParcelShipped(Guid ParcelId, string TrackingCode, string? Note = null)
{
    public const string MessageName = "shipping.parcel-shipped.v1";
}
