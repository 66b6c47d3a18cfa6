using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularShop.BuildingBlocks.Security;
using ModularShop.Modules.Cart.Domain;

namespace ModularShop.Modules.Cart.Persistence;

internal sealed class CartConfiguration : IEntityTypeConfiguration<Domain.Cart>
{
    public void Configure(EntityTypeBuilder<Domain.Cart> builder)
    {
        builder.ToTable("carts");
        builder.HasKey(cart => cart.CustomerId);
        builder.Property(cart => cart.CustomerId).HasMaxLength(CustomerIds.MaxLength);
        builder.Property(cart => cart.Currency).HasMaxLength(CartTextLengths.Currency).IsFixedLength();
        builder.Property(cart => cart.Version).IsConcurrencyToken();
        builder.HasMany(cart => cart.Lines).WithOne().HasForeignKey(line => line.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(cart => cart.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> builder)
    {
        builder.ToTable("cart_lines");
        builder.HasKey(line => new { line.CustomerId, line.ProductId });
        builder.Property(line => line.CustomerId).HasMaxLength(CustomerIds.MaxLength);
    }
}
