using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Cart.Domain;

namespace ModularShop.Modules.Cart.Persistence;

internal sealed class CatalogProductConfiguration : IEntityTypeConfiguration<CatalogProduct>
{
    public void Configure(EntityTypeBuilder<CatalogProduct> builder)
    {
        builder.ToTable("products");
        builder.HasKey(product => product.ProductId);
        builder.Property(product => product.ProductId).ValueGeneratedNever();
        builder.Property(product => product.Sku).HasMaxLength(CartTextLengths.Sku);
        builder.Property(product => product.Name).HasMaxLength(CartTextLengths.ProductName);
        builder.Property(product => product.Price).HasColumnName("price_cents").HasConversion<MinorUnitsConverter>();
        builder.Property(product => product.Currency).HasMaxLength(CartTextLengths.Currency).IsFixedLength();
        builder.Property(product => product.Version).IsConcurrencyToken();
    }
}
