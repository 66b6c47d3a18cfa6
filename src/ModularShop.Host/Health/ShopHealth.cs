using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.BuildingBlocks.Startup;

namespace ModularShop.Host.Health;

internal static class ShopHealth
{
    /// <summary>The checks that decide readiness: the gateway adds one per module that runs elsewhere.</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddShopHealth(this IServiceCollection services, MessagingSettings messaging)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<StartupTasksHealthCheck>("startup-tasks", tags: [ReadyTag])
            .AddCheck<ShuttingDownHealthCheck>("shutdown", tags: [ReadyTag]);
        if (messaging.Transport == MessageTransport.RabbitMq)
        {
            checks.AddCheck<BrokerHealthCheck>("broker", tags: [ReadyTag]);
        }

        return services;
    }

    /// <summary>
    /// /health/live: the process answers. /health/ready: the database answers, start-up work is done and the shop is
    /// not stopping (503 otherwise); a broker that is away, or a module elsewhere with no healthy instance, makes it
    /// "Degraded", still 200, since the rest goes on. Each check is reported by name with what it found.
    /// </summary>
    public static void MapShopHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync }).AllowAnonymous();
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        });
    }
}

internal sealed class DatabaseHealthCheck(IModuleDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy(database.Description)
            : HealthCheckResult.Unhealthy($"Cannot reach the {database.Description}");
}

internal sealed class StartupTasksHealthCheck(StartupTaskStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.Completed ? HealthCheckResult.Healthy("Start-up tasks finished") : HealthCheckResult.Unhealthy("Start-up tasks are still running"));
}
