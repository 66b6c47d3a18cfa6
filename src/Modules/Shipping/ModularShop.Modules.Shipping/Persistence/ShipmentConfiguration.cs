using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularShop.BuildingBlocks.Security;
using ModularShop.Modules.Shipping.Domain;

namespace ModularShop.Modules.Shipping.Persistence;

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> builder)
    {
        builder.ToTable("shipments");
        builder.HasKey(shipment => shipment.OrderId);
        builder.Property(shipment => shipment.OrderId).ValueGeneratedNever();
        builder.Property(shipment => shipment.CustomerId).HasMaxLength(CustomerIds.MaxLength);
        builder.Property(shipment => shipment.Status).HasConversion<string>().HasMaxLength(ShippingTextLengths.Status);
        builder.HasIndex(shipment => shipment.Status);
        builder.Property(shipment => shipment.Carrier).HasMaxLength(ShippingTextLengths.Carrier);
        builder.Property(shipment => shipment.TrackingNumber).HasMaxLength(ShippingTextLengths.TrackingNumber);
        builder.Property(shipment => shipment.CancellationReason).HasMaxLength(ShippingTextLengths.CancellationReason);
        builder.OwnsOne(shipment => shipment.ShipTo, address =>
        {
            address.Property(to => to.Recipient).HasMaxLength(ShippingTextLengths.Recipient);
            address.Property(to => to.Line1).HasMaxLength(ShippingTextLengths.AddressLine);
            address.Property(to => to.Line2).HasMaxLength(ShippingTextLengths.AddressLine);
            address.Property(to => to.PostalCode).HasMaxLength(ShippingTextLengths.PostalCode);
            address.Property(to => to.City).HasMaxLength(ShippingTextLengths.City);
            address.Property(to => to.CountryCode).HasMaxLength(ShippingTextLengths.CountryCode).IsFixedLength();
        });
        builder.Property(shipment => shipment.Version).IsConcurrencyToken();
        builder.HasMany(shipment => shipment.Lines).WithOne().HasForeignKey(line => line.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(shipment => shipment.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ShipmentLineConfiguration : IEntityTypeConfiguration<ShipmentLine>
{
    public void Configure(EntityTypeBuilder<ShipmentLine> builder)
    {
        builder.ToTable("shipment_lines");
        builder.HasKey(line => new { line.OrderId, line.Number });
        builder.Property(line => line.Number).ValueGeneratedNever();
        builder.Property(line => line.Sku).HasMaxLength(ShippingTextLengths.Sku);
        builder.Property(line => line.Name).HasMaxLength(ShippingTextLengths.ProductName);
    }
}
