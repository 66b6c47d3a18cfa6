using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.BuildingBlocks.RateLimiting;
using ModularShop.BuildingBlocks.Requests;
using ModularShop.BuildingBlocks.Security;
using ModularShop.BuildingBlocks.Startup;
using ModularShop.BuildingBlocks.Telemetry;

namespace ModularShop.BuildingBlocks.Modules;

public static class ModuleRegistration
{
    /// <summary>Registers the kernel and every enabled module: its own services, then what the kernel finds in its assembly.</summary>
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration, ModuleCatalog catalog, IModuleDatabase database)
    {
        services.AddSingleton(catalog);
        services.AddSingleton(database);
        services.AddSingleton(new ModuleRoles(ModuleDatabaseFactory.OptionsOf(configuration)));
        services.AddSingleton<ModuleMigrator>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddRequestPipeline();
        services.AddStartupTaskRunner();
        services.AddMetrics();
        services.AddSingleton<MessageMetrics>();

        foreach (var module in catalog.Enabled)
        {
            module.Module.Register(new ModuleBuilder(module, services, configuration, database));
            services.AddRequestHandlersOf(module);
            foreach (var handler in module.EventHandlers)
            {
                services.AddKeyedScoped(handler.Contract, module.Name, handler.Implementation);
            }
        }

        return services;
    }

    /// <summary>
    /// Maps every enabled module's endpoints under /api/&lt;module&gt;, tagged with the module's name and rate limited
    /// as reads or writes unless an endpoint chose its policy itself.
    /// </summary>
    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder endpoints)
    {
        var catalog = endpoints.ServiceProvider.GetRequiredService<ModuleCatalog>();
        foreach (var module in catalog.Enabled)
        {
            var metadata = new ModuleEndpointMetadata(module.Name);
            var api = endpoints.MapGroup(module.RoutePrefix).WithTags(module.Name).WithMetadata(metadata);
            var site = endpoints.MapGroup("").WithTags(module.Name).WithMetadata(metadata);
            ((IEndpointConventionBuilder)api).Finally(RateLimitPolicies.ApplyDefault);
            ((IEndpointConventionBuilder)site).Finally(RateLimitPolicies.ApplyDefault);
            module.Module.MapEndpoints(new ModuleRoutes(api, site));
        }

        return endpoints;
    }
}
