using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.BuildingBlocks.Security;
using ModularShop.Modules.Cart.Contracts;
using ModularShop.Modules.Ordering.Domain;
using ModularShop.Modules.Shipping.Contracts;

namespace ModularShop.Modules.Ordering.Persistence;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders");
        builder.HasKey(order => order.Id);
        builder.Property(order => order.Id).ValueGeneratedNever();
        builder.Property(order => order.CustomerId).HasMaxLength(CustomerIds.MaxLength);
        builder.HasIndex(order => order.CustomerId);
        builder.Property(order => order.Status).HasConversion<string>().HasMaxLength(OrderTextLengths.Status);
        builder.Property(order => order.Total).HasColumnName("total_cents").HasConversion<MinorUnitsConverter>();
        builder.Property(order => order.Currency).HasMaxLength(OrderTextLengths.Currency).IsFixedLength();
        builder.Property(order => order.CancellationReason).HasMaxLength(OrderTextLengths.CancellationReason);
        builder.OwnsOne(order => order.ShipTo, address =>
        {
            address.Property(to => to.Recipient).HasMaxLength(ShippingAddress.MaxRecipientLength);
            address.Property(to => to.Line1).HasMaxLength(ShippingAddress.MaxLineLength);
            address.Property(to => to.Line2).HasMaxLength(ShippingAddress.MaxLineLength);
            address.Property(to => to.PostalCode).HasMaxLength(ShippingAddress.MaxPostalCodeLength);
            address.Property(to => to.City).HasMaxLength(ShippingAddress.MaxCityLength);
            address.Property(to => to.CountryCode).HasMaxLength(ShippingAddress.CountryCodeLength).IsFixedLength();
        });
        builder.Property(order => order.Shipment).HasConversion<string>().HasMaxLength(OrderTextLengths.ShipmentProgress);
        builder.Property(order => order.Carrier).HasMaxLength(ShipmentShipped.MaxCarrierLength);
        builder.Property(order => order.TrackingNumber).HasMaxLength(ShipmentShipped.MaxTrackingNumberLength);
        builder.Property(order => order.Version).IsConcurrencyToken();
        builder.HasMany(order => order.Lines).WithOne().HasForeignKey(line => line.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(order => order.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("order_lines");
        builder.HasKey(line => new { line.OrderId, line.ProductId });
        builder.Property(line => line.Sku).HasMaxLength(OrderTextLengths.Sku);
        builder.Property(line => line.Name).HasMaxLength(OrderTextLengths.ProductName);
        builder.Property(line => line.UnitPrice).HasColumnName("unit_price_cents").HasConversion<MinorUnitsConverter>();
        builder.Ignore(line => line.LineTotal);
    }
}
