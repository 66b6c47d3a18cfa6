using Microsoft.Extensions.Diagnostics.HealthChecks;
using ModularShop.Host.Shutdown;

namespace ModularShop.Host.Health;

/// <summary>Readiness fails as soon as a stop begins, while the shop still serves, so that nobody sends it new work.</summary>
internal sealed class ShuttingDownHealthCheck(GracefulShutdown shutdown) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(shutdown.IsDraining
            ? HealthCheckResult.Unhealthy("The shop is shutting down; send new requests elsewhere")
            : HealthCheckResult.Healthy("Serving"));
}
