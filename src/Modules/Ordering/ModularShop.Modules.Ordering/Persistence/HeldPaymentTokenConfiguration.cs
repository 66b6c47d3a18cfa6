using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularShop.Modules.Cart.Contracts;
using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Persistence;

internal sealed class HeldPaymentTokenConfiguration : IEntityTypeConfiguration<HeldPaymentToken>
{
    public void Configure(EntityTypeBuilder<HeldPaymentToken> builder)
    {
        builder.ToTable("held_payment_tokens");
        builder.HasKey(held => held.OrderId);
        builder.Property(held => held.OrderId).ValueGeneratedNever();
        builder.Property(held => held.Token).HasMaxLength(CartCheckedOut.MaxPaymentTokenLength);
        builder.HasOne<Order>().WithOne().HasForeignKey<HeldPaymentToken>(held => held.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
