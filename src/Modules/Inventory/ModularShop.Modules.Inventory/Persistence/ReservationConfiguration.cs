using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularShop.Modules.Inventory.Domain;

namespace ModularShop.Modules.Inventory.Persistence;

internal sealed class ReservationConfiguration : IEntityTypeConfiguration<Reservation>
{
    public void Configure(EntityTypeBuilder<Reservation> builder)
    {
        builder.ToTable("reservations");
        builder.HasKey(reservation => reservation.OrderId);
        builder.Property(reservation => reservation.OrderId).ValueGeneratedNever();
        builder.Property(reservation => reservation.Status).HasConversion<string>().HasMaxLength(InventoryTextLengths.ReservationStatus);
        builder.Property(reservation => reservation.Reason).HasMaxLength(InventoryTextLengths.Reason);
        builder.HasMany(reservation => reservation.Lines).WithOne().HasForeignKey(line => line.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(reservation => reservation.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReservationLineConfiguration : IEntityTypeConfiguration<ReservationLine>
{
    public void Configure(EntityTypeBuilder<ReservationLine> builder)
    {
        builder.ToTable("reservation_lines");
        builder.HasKey(line => new { line.OrderId, line.ProductId });
    }
}
