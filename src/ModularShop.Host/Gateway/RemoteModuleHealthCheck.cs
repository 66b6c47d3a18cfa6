using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;

namespace ModularShop.Host.Gateway;

/// <summary>
/// How the instances of a module that runs elsewhere are doing, as the gateway's own health checks see them. None
/// healthy leaves the shop degraded, not unready: the rest of the shop still serves, and messages for the module
/// wait in the outbox or on the broker.
/// </summary>
internal sealed class RemoteModuleHealthCheck(IProxyStateLookup proxy, string module, string clusterId) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!proxy.TryGetCluster(clusterId, out var cluster) || cluster.DestinationsState.AllDestinations.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"No instance of {module} is known yet"));
        }

        var instances = cluster.DestinationsState.AllDestinations;
        var available = cluster.DestinationsState.AvailableDestinations.Count;
        var states = string.Join(", ", instances.Select(instance => $"{instance.Model.Config.Address} {InstanceHealth.Of(instance)}"));
        var description = $"{available} of {instances.Count} {module} instance(s) take calls: {states}";
        return Task.FromResult(available > 0 ? HealthCheckResult.Healthy(description) : HealthCheckResult.Degraded(description));
    }
}
