using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wolverine.RabbitMQ.Internal;
using Wolverine.Runtime;
using Wolverine.Transports;

namespace ModularShop.Host.Health;

/// <summary>
/// Whether RabbitMQ answers. A broker that is away leaves the shop degraded, not unready: its writes still succeed,
/// because the outbox keeps every message until the broker is back, so readiness keeps taking traffic and says why.
/// </summary>
internal sealed class BrokerHealthCheck(IWolverineRuntime runtime) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var rabbit = runtime.Options.Transports.OfType<RabbitMqTransport>().FirstOrDefault();
        if (rabbit is null)
        {
            return HealthCheckResult.Healthy("No broker: messages travel on local queues");
        }

        var probe = await rabbit.ProbeAsync(cancellationToken);
        return probe.Status switch
        {
            BrokerHealthStatus.Healthy => HealthCheckResult.Healthy($"RabbitMQ answers: {probe.Description}"),
            BrokerHealthStatus.Degraded => HealthCheckResult.Healthy($"RabbitMQ answers again after {probe.ReconnectAttempts} reconnection(s): {probe.Description}"),
            _ => HealthCheckResult.Degraded($"RabbitMQ does not answer ({probe.Description}); messages wait in the outbox until it is back"),
        };
    }
}
