using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;

namespace ModularShop.BuildingBlocks.Messaging.Housekeeping;

/// <summary>
/// Every <see cref="MessageRetentionSettings.ProcessedMessagePurgeInterval"/>, deletes the records of messages handled
/// longer than the retention ago, in each module this process runs, in small batches with a pause between them.
/// Processes sharing a database may purge the same module at the same time: both delete the same old rows, and
/// neither deletes anything else.
/// </summary>
internal sealed class ProcessedMessagePurger(
    IServiceScopeFactory scopes,
    ModuleCatalog catalog,
    MessagingSettings messaging,
    ProcessedMessageMetrics metrics,
    TimeProvider time,
    ILogger<ProcessedMessagePurger> logger) : BackgroundService
{
    private readonly MessageRetentionSettings _settings = messaging.Retention;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var modules = catalog.Enabled.Where(module => module.DbContextType is not null).ToList();
        await EachAsync(modules, CountAsync, stoppingToken);

        // The first purge waits an interval too: a process that was stopped for long hands the messages its store
        // still holds to their handlers first, and their copies that were handled before the stop must be recognised.
        using var timer = new PeriodicTimer(_settings.ProcessedMessagePurgeInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await EachAsync(modules, PurgeAsync, stoppingToken);
        }
    }

    private async Task EachAsync(List<ModuleDescriptor> modules, Func<ModuleDescriptor, ModuleDbContext, CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        foreach (var module in modules)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await work(module, scope.ServiceProvider.GetRequiredKeyedService<ModuleDbContext>(module.Name), stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                // The next interval tries again; until then the records only wait a little longer.
                logger.LogWarning(failure, "{Module} could not purge its records of handled messages; trying again in {Interval}", module.Name, _settings.ProcessedMessagePurgeInterval);
            }
        }
    }

    private async Task CountAsync(ModuleDescriptor module, ModuleDbContext db, CancellationToken cancellationToken) =>
        metrics.Counted(module, await db.CountAsync(cancellationToken));

    private async Task PurgeAsync(ModuleDescriptor module, ModuleDbContext db, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var cutoff = time.GetUtcNow() - _settings.ProcessedMessageRetention;
        var purged = 0L;
        while (true)
        {
            var deleted = await db.DeleteHandledBeforeAsync(cutoff, _settings.ProcessedMessagePurgeBatchSize, cancellationToken);
            if (deleted > 0)
            {
                purged += deleted;
                metrics.Purged(module, deleted);
            }

            if (deleted < _settings.ProcessedMessagePurgeBatchSize)
            {
                break;
            }

            await Task.Delay(_settings.ProcessedMessagePurgePause, time, cancellationToken);
        }

        await CountAsync(module, db, cancellationToken);
        if (purged > 0)
        {
            logger.LogInformation(
                "{Module} purged {Rows} records of messages handled before {Cutoff:O} in {Duration:0} ms",
                module.Name, purged, cutoff, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
