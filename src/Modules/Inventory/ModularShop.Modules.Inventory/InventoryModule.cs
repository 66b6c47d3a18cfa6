using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.Modules.Inventory.Features.GetStock;
using ModularShop.Modules.Inventory.Features.SetStock;
using ModularShop.Modules.Inventory.Persistence;
using ModularShop.Modules.Inventory.Telemetry;

namespace ModularShop.Modules.Inventory;

/// <summary>Inventory: stock per product, and reservations for orders that never oversell.</summary>
public sealed class InventoryModule : IModule
{
    public string Name => "Inventory";

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<InventoryDbContext>();
        module.AddOptions<InventoryOptions>();
        module.Services.AddSingleton<InventoryMetrics>();
    }

    public void MapEndpoints(ModuleRoutes routes)
    {
        routes.Api.MapGetStock();
        routes.Api.MapSetStock();
    }
}
