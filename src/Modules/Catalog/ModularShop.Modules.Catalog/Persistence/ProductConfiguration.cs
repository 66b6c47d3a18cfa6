using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Catalog.Domain;

namespace ModularShop.Modules.Catalog.Persistence;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products");
        builder.HasKey(product => product.Id);
        builder.Property(product => product.Id).ValueGeneratedNever();
        builder.Property(product => product.Sku).HasMaxLength(32);
        builder.HasIndex(product => product.Sku).IsUnique();
        builder.Property(product => product.Name).HasMaxLength(200);
        builder.Property(product => product.Description).HasMaxLength(2000);
        builder.Property(product => product.Price).HasColumnName("price_cents").HasConversion<MinorUnitsConverter>();
        builder.Property(product => product.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(product => product.Version).IsConcurrencyToken();
    }
}
