namespace ModularShop.ArchitectureTests.Violations.Shipping;

/// <summary>Shipping's implementation, which Billing must not use.</summary>
public static class ShippingRates
{
    public static decimal For(Guid parcelId) => parcelId == Guid.Empty ? 0 : 4.9m;
}
