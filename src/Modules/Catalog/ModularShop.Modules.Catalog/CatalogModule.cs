using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Startup;
using ModularShop.Modules.Catalog.Features;
using ModularShop.Modules.Catalog.Features.BrowseProducts;
using ModularShop.Modules.Catalog.Features.ChangePrice;
using ModularShop.Modules.Catalog.Features.CreateProduct;
using ModularShop.Modules.Catalog.Features.GetProduct;
using ModularShop.Modules.Catalog.Features.SeedDemoCatalog;
using ModularShop.Modules.Catalog.Persistence;

namespace ModularShop.Modules.Catalog;

/// <summary>Catalog: the products the shop sells. Publishes ProductCreated and ProductPriceChanged.</summary>
public sealed class CatalogModule : IModule
{
    public string Name => "Catalog";

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<CatalogDbContext>();
        module.AddOptions<CatalogOptions>();
        module.AddOptions<PriceChangeSettings>();
        module.Services.AddSingleton<CatalogReadCache>();
        module.Services.AddStartupTask<SeedDemoCatalogTask>();
    }

    public void MapEndpoints(ModuleRoutes routes)
    {
        routes.Api.MapBrowseProducts();
        routes.Api.MapGetProduct();
        routes.Api.MapCreateProduct();
        routes.Api.MapChangePrice();
    }
}
