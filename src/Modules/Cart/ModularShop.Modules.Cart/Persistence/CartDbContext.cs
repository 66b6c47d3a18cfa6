using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Cart.Domain;

namespace ModularShop.Modules.Cart.Persistence;

internal sealed class CartDbContext(DbContextOptions<CartDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Domain.Cart> Carts => Set<Domain.Cart>();

    public DbSet<CatalogProduct> Products => Set<CatalogProduct>();
}
