using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Catalog.Domain;

namespace ModularShop.Modules.Catalog.Persistence;

internal sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Product> Products => Set<Product>();
}
