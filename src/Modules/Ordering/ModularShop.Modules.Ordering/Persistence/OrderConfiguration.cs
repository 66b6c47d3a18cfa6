using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.BuildingBlocks.Security;
using ModularShop.Modules.Cart.Contracts;
using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Persistence;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders");
        builder.HasKey(order => order.Id);
        builder.Property(order => order.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(order => order.CustomerId).HasColumnName("customer_id").HasMaxLength(CustomerIds.MaxLength);
        builder.HasIndex(order => order.CustomerId);
        builder.Property(order => order.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(order => order.Total).HasColumnName("total_cents").HasConversion<MinorUnitsConverter>();
        builder.Property(order => order.Currency).HasColumnName("currency").HasMaxLength(3).IsFixedLength();
        builder.Property(order => order.CancellationReason).HasColumnName("cancellation_reason").HasMaxLength(1000);
        builder.OwnsOne(order => order.ShipTo, address =>
        {
            address.Property(to => to.Recipient).HasColumnName("ship_to_recipient").HasMaxLength(ShippingAddress.MaxRecipientLength);
            address.Property(to => to.Line1).HasColumnName("ship_to_line1").HasMaxLength(ShippingAddress.MaxLineLength);
            address.Property(to => to.Line2).HasColumnName("ship_to_line2").HasMaxLength(ShippingAddress.MaxLineLength);
            address.Property(to => to.PostalCode).HasColumnName("ship_to_postal_code").HasMaxLength(ShippingAddress.MaxPostalCodeLength);
            address.Property(to => to.City).HasColumnName("ship_to_city").HasMaxLength(ShippingAddress.MaxCityLength);
            address.Property(to => to.CountryCode).HasColumnName("ship_to_country_code").HasMaxLength(ShippingAddress.CountryCodeLength).IsFixedLength();
        });
        builder.Property(order => order.PlacedAt).HasColumnName("placed_at");
        builder.Property(order => order.UpdatedAt).HasColumnName("updated_at");
        builder.Property(order => order.ConfirmedAt).HasColumnName("confirmed_at");
        builder.Property(order => order.CancelledAt).HasColumnName("cancelled_at");
        builder.Property(order => order.Version).HasColumnName("version").IsConcurrencyToken();
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
        builder.Property(line => line.OrderId).HasColumnName("order_id");
        builder.Property(line => line.ProductId).HasColumnName("product_id");
        builder.Property(line => line.Sku).HasColumnName("sku").HasMaxLength(32);
        builder.Property(line => line.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(line => line.UnitPrice).HasColumnName("unit_price_cents").HasConversion<MinorUnitsConverter>();
        builder.Property(line => line.Quantity).HasColumnName("quantity");
        builder.Ignore(line => line.LineTotal);
    }
}
