using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.Modules.Ordering.Features.Checkout;
using ModularShop.Modules.Ordering.Features.GetOrder;
using ModularShop.Modules.Ordering.Features.ListOrders;
using ModularShop.Modules.Ordering.Features.ListRecentOrders;
using ModularShop.Modules.Ordering.Persistence;
using ModularShop.Modules.Ordering.Telemetry;

namespace ModularShop.Modules.Ordering;

/// <summary>Ordering: orders, and the checkout process that takes each one through stock and payment.</summary>
public sealed class OrderingModule : IModule
{
    public string Name => "Ordering";

    public string ApiSegment => "orders";

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<OrderingDbContext>();
        module.AddOptions<OrderingOptions>();
        module.Services.AddScoped<CheckoutProcess>();
        module.Services.AddSingleton<OrderingMetrics>();
    }

    public void MapEndpoints(ModuleRoutes routes)
    {
        routes.Api.MapGetOrder();
        routes.Api.MapListOrders();
        routes.Api.MapListRecentOrders();
    }
}
