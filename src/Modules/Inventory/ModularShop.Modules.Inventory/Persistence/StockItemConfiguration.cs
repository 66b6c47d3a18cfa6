using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularShop.Modules.Inventory.Domain;

namespace ModularShop.Modules.Inventory.Persistence;

internal sealed class StockItemConfiguration : IEntityTypeConfiguration<StockItem>
{
    public void Configure(EntityTypeBuilder<StockItem> builder)
    {
        builder.ToTable("stock_items");
        builder.HasKey(item => item.ProductId);
        builder.Property(item => item.ProductId).HasColumnName("product_id").ValueGeneratedNever();
        builder.Property(item => item.Sku).HasColumnName("sku").HasMaxLength(32);
        builder.Property(item => item.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(item => item.OnHand).HasColumnName("on_hand");
        builder.Property(item => item.Reserved).HasColumnName("reserved");
        builder.Property(item => item.Version).HasColumnName("version").IsConcurrencyToken();
        builder.Property(item => item.UpdatedAt).HasColumnName("updated_at");
        builder.Ignore(item => item.Available);
    }
}
