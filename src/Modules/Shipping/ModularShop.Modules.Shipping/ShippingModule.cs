using ModularShop.BuildingBlocks.Modules;
using ModularShop.Modules.Shipping.Features.GetShipment;
using ModularShop.Modules.Shipping.Features.ListShipments;
using ModularShop.Modules.Shipping.Features.MarkPacked;
using ModularShop.Modules.Shipping.Features.MarkReturned;
using ModularShop.Modules.Shipping.Features.MarkShipped;
using ModularShop.Modules.Shipping.Persistence;

namespace ModularShop.Modules.Shipping;

/// <summary>Shipping: one shipment per confirmed order, moved by the warehouse from waiting to packed, shipped and returned.</summary>
public sealed class ShippingModule : IModule
{
    public string Name => "Shipping";

    public void Register(ModuleBuilder module) => module.AddDbContext<ShippingDbContext>();

    public void MapEndpoints(ModuleRoutes routes)
    {
        routes.Api.MapListShipments();
        routes.Api.MapGetShipment();
        routes.Api.MapMarkPacked();
        routes.Api.MapMarkShipped();
        routes.Api.MapMarkReturned();
    }
}
