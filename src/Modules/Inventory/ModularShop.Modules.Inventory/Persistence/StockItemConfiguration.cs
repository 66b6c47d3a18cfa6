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
        builder.Property(item => item.ProductId).ValueGeneratedNever();
        builder.Property(item => item.Sku).HasMaxLength(InventoryTextLengths.Sku);
        builder.Property(item => item.Name).HasMaxLength(InventoryTextLengths.ProductName);
        builder.Property(item => item.Version).IsConcurrencyToken();
        builder.Ignore(item => item.Available);
    }
}
