using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Shipping.Domain;

namespace ModularShop.Modules.Shipping.Persistence;

internal sealed class ShippingDbContext(DbContextOptions<ShippingDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Shipment> Shipments => Set<Shipment>();
}
