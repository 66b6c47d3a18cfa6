using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Modules;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ModularShop.Host.Api;
using ModularShop.Host.Health;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Model;

namespace ModularShop.Host.Gateway;

/// <summary>
/// The shop's gateway to modules that run as services of their own: their routes are served here as before, and
/// forwarded with YARP to the module's healthy instances. A safe call that cannot reach one instance is sent once
/// more, to another (<see cref="SafeCallFailover"/>). When none is healthy, the caller gets a 503 that says so.
/// </summary>
internal static class ModuleGateway
{
    public const string ModuleMetadata = "modularshop-module";

    /// <summary>The modules this process forwards to: which ones is decided at start.</summary>
    private sealed record RemoteModules(IReadOnlyList<ModuleDescriptor> Modules);

    public static WebApplicationBuilder AddModuleGateway(this WebApplicationBuilder builder, ModuleCatalog catalog)
    {
        var remote = RemoteModuleRoutes.RemoteModules(catalog, builder.Configuration);
        if (remote.Count == 0)
        {
            return builder;
        }

        // Read here to refuse a wrong value before anything starts; live afterwards, through IOptionsMonitor.
        var settings = SettingsReader.Read<GatewaySettings>(builder.Configuration, GatewaySettings.Section);
        builder.Services.AddLiveSettings<GatewaySettings>(builder.Configuration, GatewaySettings.Section);
        builder.Services.AddSingleton(new RemoteModules(remote));
        builder.Services.AddServiceDiscoveryCore().AddConfigurationServiceEndpointProvider();
        builder.Services.AddSingleton<IForwarderHttpClientFactory, ResilientForwarderHttpClientFactory>();
        builder.Services.AddSingleton<GatewayRetries>();
        builder.Services.AddReverseProxy()
            .LoadFromMemory(RemoteModuleRoutes.RoutesFor(remote), RemoteModuleRoutes.ClustersFor(remote, settings))
            .AddServiceDiscoveryDestinationResolver();
        var health = builder.Services.AddHealthChecks();
        foreach (var module in remote)
        {
            health.Add(new HealthCheckRegistration(
                $"{module.Key}-service",
                services => new RemoteModuleHealthCheck(services.GetRequiredService<IProxyStateLookup>(), module.Name, RemoteModuleRoutes.ClusterOf(module)),
                failureStatus: null,
                tags: [ShopHealth.ReadyTag]));
        }

        return builder;
    }

    public static WebApplication MapModuleGateway(this WebApplication app)
    {
        if (app.Services.GetService<RemoteModules>() is not { } remote)
        {
            return app;
        }

        // Health checks of the instances follow the settings as they change; the routes stay what they are.
        var proxyConfig = app.Services.GetRequiredService<InMemoryConfigProvider>();
        app.Services.GetRequiredService<IOptionsMonitor<GatewaySettings>>().OnChange(settings =>
            proxyConfig.Update(RemoteModuleRoutes.RoutesFor(remote.Modules), RemoteModuleRoutes.ClustersFor(remote.Modules, settings)));

        app.MapReverseProxy(proxy =>
        {
            proxy.Use(AnswerWhenNoInstanceIsHealthy);
            proxy.UseSessionAffinity();

            // Around load balancing, so that a second attempt is balanced, and health-checked, as the first was.
            proxy.UseMiddleware<SafeCallFailover>();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }

    /// <summary>The module a forwarded call is for, by its name (<c>Payments</c>).</summary>
    public static string ModuleOf(IReverseProxyFeature proxy) =>
        proxy.Route.Config.Metadata?.GetValueOrDefault(ModuleMetadata) ?? proxy.Cluster.Config.ClusterId;

    private static async Task AnswerWhenNoInstanceIsHealthy(HttpContext context, Func<Task> next)
    {
        var proxy = context.GetReverseProxyFeature();
        if (proxy.AvailableDestinations.Count > 0)
        {
            await next();
            return;
        }

        var module = ModuleOf(proxy);
        await context.WriteProblemAsync(
            StatusCodes.Status503ServiceUnavailable,
            $"{module} is unavailable",
            $"No instance of the {module} service is healthy right now; try again shortly.",
            retryAfter: context.RequestServices.GetRequiredService<IOptionsMonitor<GatewaySettings>>().CurrentValue.HealthCheckInterval);
    }
}
