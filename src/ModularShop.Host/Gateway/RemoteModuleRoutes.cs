using ModularShop.BuildingBlocks.Modules;
using ModularShop.Host.Operations;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;

namespace ModularShop.Host.Gateway;

/// <summary>
/// The gateway's routes and clusters: for every module that runs elsewhere and has instances to go to
/// (<c>Services:&lt;module&gt;</c>, read by service discovery), its API prefix, its site routes and its operations
/// (<c>/api/operations/&lt;module&gt;/...</c>, answered from the message store of the process that runs it) go to a cluster of
/// its instances, balanced round-robin and watched by active and passive health checks.
/// </summary>
internal static class RemoteModuleRoutes
{
    public const string ServicesSection = "Services";

    /// <summary>The cluster of a module's instances, as the gateway's state names it.</summary>
    public static string ClusterOf(ModuleDescriptor module) => module.Key;

    public static IReadOnlyList<ModuleDescriptor> RemoteModules(ModuleCatalog catalog, IConfiguration configuration) =>
        catalog.Elsewhere.Where(module => configuration.GetSection($"{ServicesSection}:{module.Key}").Exists()).ToList();

    public static IReadOnlyList<RouteConfig> RoutesFor(IEnumerable<ModuleDescriptor> modules) =>
        modules.SelectMany(module => module.SiteRoutes
                .Select((path, index) => Route($"{module.Key}-site-{index}", module, path))
                .Prepend(Route($"{module.Key}-operations", module, $"{OperationsApi.PrefixOf(module)}/{{**rest}}"))
                .Prepend(Route($"{module.Key}-api", module, $"{module.RoutePrefix}/{{**rest}}")))
            .ToList();

    public static IReadOnlyList<ClusterConfig> ClustersFor(IEnumerable<ModuleDescriptor> modules, GatewaySettings settings) =>
        modules.Select(module => new ClusterConfig
            {
                ClusterId = ClusterOf(module),
                LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
                HealthCheck = new HealthCheckConfig
                {
                    Active = new ActiveHealthCheckConfig
                    {
                        Enabled = true,
                        Interval = settings.HealthCheckInterval,
                        Timeout = settings.AttemptTimeout,
                        Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                        Path = "/health/ready",
                    },
                    Passive = new PassiveHealthCheckConfig
                    {
                        Enabled = true,
                        Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
                        ReactivationPeriod = settings.BreakDuration,
                    },
                    // An instance not yet probed may take calls; one found failing may not until it recovers.
                    AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyAndUnknown,
                },
                Metadata = new Dictionary<string, string>
                {
                    // One failed probe is enough to stop sending calls to an instance.
                    [ConsecutiveFailuresHealthPolicyOptions.ThresholdMetadataName] = "1",
                },

                // Resolved to the module's instances by service discovery: Services:<module>:http:0, :1, ...
                Destinations = new Dictionary<string, DestinationConfig>
                {
                    [module.Key] = new() { Address = $"http://{module.Key}" },
                },
            })
            .ToList();

    private static RouteConfig Route(string id, ModuleDescriptor module, string path) => new()
    {
        RouteId = id,
        ClusterId = ClusterOf(module),
        Match = new RouteMatch { Path = path },

        // The module's own service checks tokens and roles, exactly as it would in the shop.
        AuthorizationPolicy = "anonymous",
        Metadata = new Dictionary<string, string> { [ModuleGateway.ModuleMetadata] = module.Name },
    };
}
