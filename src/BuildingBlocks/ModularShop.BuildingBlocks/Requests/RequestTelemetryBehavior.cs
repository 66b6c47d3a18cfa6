using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Telemetry;

namespace ModularShop.BuildingBlocks.Requests;

/// <summary>
/// Each request as a span named after the module and the request (<c>Cart CheckoutCart</c>), and a log line with
/// its duration and outcome. A refusal the shop means (validation, a business rule, not found, a conflict) is an
/// outcome, not an error; anything else marks the span as failed.
/// </summary>
internal sealed class RequestTelemetryBehavior<TRequest, TResponse>(ILogger<RequestTelemetryBehavior<TRequest, TResponse>> logger, ModuleCatalog catalog)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var requestName = typeof(TRequest).Name;
        var module = catalog.FindByAssembly(typeof(TRequest).Assembly)?.Name ?? "Host";
        using var activity = ShopTelemetry.Source.StartActivity($"{module} {requestName}");
        activity?.SetTag(ShopTelemetry.ModuleAttribute, module);
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
            activity?.SetTag("error.type", exception.GetType().FullName);
            if (!ShopRefusals.IsRefusal(exception))
            {
                activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            }

            logger.LogInformation("{Request} refused by {Module} after {ElapsedMs:0.0} ms: {Reason}", requestName, module, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.Message);
            throw;
        }
    }
}
