using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.BuildingBlocks.Security;
using ModularShop.Modules.Payments.Domain;

namespace ModularShop.Modules.Payments.Persistence;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments");
        builder.HasKey(payment => payment.OrderId);
        builder.Property(payment => payment.OrderId).ValueGeneratedNever();
        builder.Property(payment => payment.CustomerId).HasMaxLength(CustomerIds.MaxLength);
        builder.Property(payment => payment.Amount).HasColumnName("amount_cents").HasConversion<MinorUnitsConverter>();
        builder.Property(payment => payment.Currency).HasMaxLength(PaymentTextLengths.Currency);
        builder.Property(payment => payment.Status).HasConversion<string>().HasMaxLength(PaymentTextLengths.Status);
        builder.Property(payment => payment.AuthorizationId).HasMaxLength(PaymentTextLengths.AuthorizationId);
        builder.Property(payment => payment.Reason).HasMaxLength(PaymentTextLengths.Reason);
        builder.Property(payment => payment.Version).IsConcurrencyToken();
    }
}
