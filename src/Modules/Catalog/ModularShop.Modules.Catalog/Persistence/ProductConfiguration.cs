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
        builder.Property(product => product.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(product => product.Sku).HasColumnName("sku").HasMaxLength(32);
        builder.HasIndex(product => product.Sku).IsUnique();
        builder.Property(product => product.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(product => product.Description).HasColumnName("description").HasMaxLength(2000);
        builder.Property(product => product.Price).HasColumnName("price_cents").HasConversion<MinorUnitsConverter>();
        builder.Property(product => product.Currency).HasColumnName("currency").HasMaxLength(3).IsFixedLength();
        builder.Property(product => product.Version).HasColumnName("version").IsConcurrencyToken();
        builder.Property(product => product.CreatedAt).HasColumnName("created_at");
        builder.Property(product => product.UpdatedAt).HasColumnName("updated_at");
    }
}
