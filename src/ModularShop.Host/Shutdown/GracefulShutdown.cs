using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Configuration;

namespace ModularShop.Host.Shutdown;

/// <summary>
/// A stop that loses nothing, in this order:
/// 1. SIGTERM: the host's ApplicationStopping fires, readiness answers 503 and answers ask clients to close their connections;
/// 2. for <see cref="ShutdownSettings.DrainDelay"/> the shop keeps serving, so that the gateway and load balancers,
///    seeing readiness fail, stop sending to it;
/// 3. Kestrel stops taking connections and waits up to <see cref="ShutdownSettings.RequestGracePeriod"/> for the
///    requests in flight (whose messages the outbox stores with them);
/// 4. Wolverine stops its listeners, waits up to <see cref="ShutdownSettings.MessageGracePeriod"/> for handlers at
///    work, and hands every message it still holds back to the store, unowned, for the next process to take;
/// 5. the process exits with 0.
/// </summary>
internal sealed partial class GracefulShutdown(ShutdownSettings settings, IHostApplicationLifetime lifetime, ILogger<GracefulShutdown> logger)
    : IHostedLifecycleService
{
    private volatile bool _draining;

    /// <summary>True from the moment the host is asked to stop: readiness fails from then on.</summary>
    public bool IsDraining => _draining || lifetime.ApplicationStopping.IsCancellationRequested;

    /// <summary>Reads the settings and registers the stop; Wolverine's part of it is set where Wolverine is configured.</summary>
    public static ShutdownSettings AddTo(WebApplicationBuilder builder)
    {
        var settings = SettingsReader.Read<ShutdownSettings>(builder.Configuration, ShutdownSettings.Section);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<GracefulShutdown>();
        builder.Services.AddHostedService(services => services.GetRequiredService<GracefulShutdown>());

        // The host's token bounds the drain delay and Kestrel's wait; Wolverine keeps to its own drain timeout.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = settings.DrainDelay + settings.RequestGracePeriod);
        return settings;
    }

    /// <summary>While the shop drains, every answer asks the client to close its connection, so that its next request opens one elsewhere.</summary>
    public static IApplicationBuilder UseConnectionCloseWhileDraining(IApplicationBuilder app)
    {
        var shutdown = app.ApplicationServices.GetRequiredService<GracefulShutdown>();
        return app.Use(async (context, next) =>
        {
            if (shutdown.IsDraining)
            {
                context.Response.Headers.Connection = "close";
            }

            await next(context);
        });
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _draining = true;
        Draining(logger, settings.DrainDelay.TotalSeconds, settings.Longest.TotalSeconds);
        try
        {
            await Task.Delay(settings.DrainDelay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's own shutdown timeout ran out first; stopping goes on.
        }
    }

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        Stopped(logger);
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: readiness reports unavailable, requests are still served for {DrainDelaySeconds} s; the whole stop takes at most {LongestSeconds} s")]
    private static partial void Draining(ILogger logger, double drainDelaySeconds, double longestSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped: every request was answered, and every message this process held is handled or back in the store")]
    private static partial void Stopped(ILogger logger);
}
