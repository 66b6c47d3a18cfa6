using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Persistence;

internal sealed class OrderingDbContext(DbContextOptions<OrderingDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();

    public DbSet<HeldPaymentToken> HeldPaymentTokens => Set<HeldPaymentToken>();
}
