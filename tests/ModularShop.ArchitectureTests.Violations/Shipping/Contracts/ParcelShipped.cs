namespace ModularShop.ArchitectureTests.Violations.Shipping.Contracts;

public sealed record ParcelShipped(Guid ParcelId)
{
    public const string MessageName = "shipping.parcel-shipped.v1";
}
