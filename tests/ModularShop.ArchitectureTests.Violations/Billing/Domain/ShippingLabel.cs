namespace ModularShop.ArchitectureTests.Violations.Billing.Domain;

/// <summary>Mapped by Billing's DbContext into Shipping's schema.</summary>
internal sealed class ShippingLabel
{
    public Guid Id { get; set; }
}
