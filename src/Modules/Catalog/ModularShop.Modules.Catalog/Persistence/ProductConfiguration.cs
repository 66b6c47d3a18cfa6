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
        builder.Property(product => product.Sku).HasMaxLength(ProductTextLengths.Sku);
        builder.HasIndex(product => product.Sku).IsUnique();
        builder.Property(product => product.Name).HasMaxLength(ProductTextLengths.Name);
        builder.Property(product => product.Description).HasMaxLength(ProductTextLengths.Description);
        builder.Property(product => product.Price).HasColumnName("price_cents").HasConversion<MinorUnitsConverter>();
        builder.Property(product => product.Currency).HasMaxLength(ProductTextLengths.Currency).IsFixedLength();
        builder.Property(product => product.Version).IsConcurrencyToken();
    }
}
