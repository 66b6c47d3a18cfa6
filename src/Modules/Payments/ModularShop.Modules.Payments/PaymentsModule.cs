using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.Modules.Payments.Features;
using ModularShop.Modules.Payments.Features.GetPayment;
using ModularShop.Modules.Payments.Persistence;
using ModularShop.Modules.Payments.Provider;

namespace ModularShop.Modules.Payments;

/// <summary>
/// Payments: card authorizations through a payment provider, one per order, captured when the goods leave, voided or
/// refunded when the order is not fulfilled.
/// </summary>
public sealed class PaymentsModule : IModule
{
    public string Name => "Payments";

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<PaymentsDbContext>();
        module.AddOptions<PaymentsOptions>();
        module.Services.AddScoped<IPaymentProvider, SimulatedPaymentProvider>();
        module.Services.AddSingleton<ProviderDeadline>();
    }

    public void MapEndpoints(ModuleRoutes routes) => routes.Api.MapGetPayment();
}
