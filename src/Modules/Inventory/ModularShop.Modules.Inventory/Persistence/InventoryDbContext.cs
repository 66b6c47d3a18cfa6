using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Inventory.Domain;

namespace ModularShop.Modules.Inventory.Persistence;

internal sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : ModuleDbContext(options)
{
    public DbSet<StockItem> StockItems => Set<StockItem>();

    public DbSet<Reservation> Reservations => Set<Reservation>();
}
