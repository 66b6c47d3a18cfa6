using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;
using ModularShop.BuildingBlocks.Modules;

namespace ModularShop.BuildingBlocks.Requests;

/// <summary>Logs each request with the module that handles it, its duration and its outcome.</summary>
internal sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger, ModuleCatalog catalog)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var requestName = typeof(TRequest).Name;
        var module = catalog.FindByAssembly(typeof(TRequest).Assembly)?.Name ?? "Host";
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["Module"] = module, ["Request"] = requestName });
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            logger.LogInformation("{Request} handled by {Module} in {ElapsedMs:0.0} ms", requestName, module, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            logger.LogInformation("{Request} refused by {Module} after {ElapsedMs:0.0} ms: {Reason}", requestName, module, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.Message);
            throw;
        }
    }
}
