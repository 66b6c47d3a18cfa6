using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Payments.Domain;
using ModularShop.Modules.Payments.Provider;

namespace ModularShop.Modules.Payments.Persistence;

internal sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Payment> Payments => Set<Payment>();

    /// <summary>The simulated provider's own records; only the simulator reads or writes them.</summary>
    public DbSet<SimulatedCharge> SimulatorLedger => Set<SimulatedCharge>();
}
