using Microsoft.EntityFrameworkCore;
using ModularShop.ArchitectureTests.Violations.Billing.Domain;

namespace ModularShop.ArchitectureTests.Violations.Billing.Persistence;

/// <summary>Breaks "DbContexts are not public", and "a module maps only its own schema" (shipping.labels).</summary>
public sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Invoice>().ToTable("invoices", "billing");
        modelBuilder.Entity<ShippingLabel>().ToTable("labels", "shipping");
    }
}
