namespace ModularShop.ArchitectureTests.Violations.Shipping.Contracts;

/// <summary>
/// Against the published record in RulesCatchViolationsTests: a breaking change done right, for contrast with
/// <see cref="ParcelDelivered"/>. Billing handles v2, and through the upcast v1 too.
/// </summary>
public sealed record ParcelReturned(Guid ParcelId, string Reason)
{
    public const string MessageName = "shipping.parcel-returned.v1";
}

public sealed record ParcelReturnedV2(Guid ParcelId, IReadOnlyList<string> Reasons)
{
    public const string MessageName = "shipping.parcel-returned.v2";

    public static ParcelReturnedV2 Upcast(ParcelReturned earlier) => new(earlier.ParcelId, [earlier.Reason]);
}
