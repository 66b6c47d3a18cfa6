using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.Modules.Ordering.Features.CancelOrder;
using ModularShop.Modules.Ordering.Features.Checkout;
using ModularShop.Modules.Ordering.Features.Fulfilment;
using ModularShop.Modules.Ordering.Features.GetOrder;
using ModularShop.Modules.Ordering.Features.ListOrders;
using ModularShop.Modules.Ordering.Features.ListRecentOrders;
using ModularShop.Modules.Ordering.Persistence;
using ModularShop.Modules.Ordering.Telemetry;

namespace ModularShop.Modules.Ordering;

/// <summary>Ordering: orders, the checkout that takes each one through stock and payment, and its fulfilment through shipping.</summary>
public sealed class OrderingModule : IModule
{
    public string Name => "Ordering";

    public string ApiSegment => "orders";

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<OrderingDbContext>();
        module.AddOptions<OrderingOptions>();
        module.Services.AddScoped<CheckoutProcess>();
        module.Services.AddScoped<FulfilmentProcess>();
        module.Services.AddSingleton<OrderingMetrics>();
    }

    public void MapEndpoints(ModuleRoutes routes)
    {
        routes.Api.MapGetOrder();
        routes.Api.MapListOrders();
        routes.Api.MapListRecentOrders();
        routes.Api.MapCancelOrder();
    }
}
