using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ModularShop.BuildingBlocks.Startup;

/// <summary>Runs the modules' startup tasks after every hosted service, Wolverine included, has started.</summary>
internal sealed class StartupTaskRunner(IServiceScopeFactory scopes, StartupTaskStatus status, ILogger<StartupTaskRunner> logger)
    : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>())
        {
            logger.LogInformation("Running startup task {Task}", task.GetType().Name);
            await task.RunAsync(cancellationToken);
        }

        status.MarkCompleted();
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Whether the startup tasks have finished; the readiness check reads it.</summary>
public sealed class StartupTaskStatus
{
    private volatile bool _completed;

    public bool Completed => _completed;

    internal void MarkCompleted() => _completed = true;
}
