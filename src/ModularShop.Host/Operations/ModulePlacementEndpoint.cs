using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.Host.Gateway;
using Yarp.ReverseProxy;

namespace ModularShop.Host.Operations;

/// <summary>What <c>GET /api/operations/placement</c> answers: every module, where it runs, and the instances of those elsewhere.</summary>
internal static class ModulePlacementEndpoint
{
    /// <param name="gateway">Registered only when this process forwards calls to a module elsewhere.</param>
    public static Ok<ModulePlacements> Get(ModuleCatalog catalog, [FromServices] IProxyStateLookup? gateway) =>
        TypedResults.Ok(new ModulePlacements(
            catalog.ServiceName,
            catalog.All.Select(module => catalog.Enabled.Contains(module) ? InThisProcess(module) : Elsewhere(module, gateway)).ToList()));

    private static ModulePlacement InThisProcess(ModuleDescriptor module) =>
        new(module.Name, module.Key, ModuleLocation.ThisProcess, Instances: null, InstancesTakingCalls: null);

    private static ModulePlacement Elsewhere(ModuleDescriptor module, IProxyStateLookup? gateway)
    {
        if (gateway is null || !gateway.TryGetCluster(RemoteModuleRoutes.ClusterOf(module), out var cluster))
        {
            return new(module.Name, module.Key, ModuleLocation.Elsewhere, [], 0);
        }

        var state = cluster.DestinationsState;
        var instances = state.AllDestinations.Select(instance => new ModuleInstance(instance.Model.Config.Address, InstanceHealth.Of(instance))).ToList();
        return new(module.Name, module.Key, ModuleLocation.Elsewhere, instances, state.AvailableDestinations.Count);
    }
}
