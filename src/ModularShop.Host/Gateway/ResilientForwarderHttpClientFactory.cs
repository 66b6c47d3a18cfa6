using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using Yarp.ReverseProxy.Forwarder;

namespace ModularShop.Host.Gateway;

/// <summary>
/// Every call the gateway forwards goes through a resilience pipeline of the instance it goes to: a timeout per
/// attempt, a circuit breaker that stops calling an instance that keeps failing, and retries on that same instance,
/// with jittered backoff, for calls that change nothing (when they all fail, <see cref="SafeCallFailover"/> sends the
/// call once to another instance). A call with a body, or one that may change something, is never sent twice.
/// </summary>
internal sealed class ResilientForwarderHttpClientFactory : ForwarderHttpClientFactory, IDisposable
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline<HttpResponseMessage>> _pipelines = new(StringComparer.OrdinalIgnoreCase);
    private readonly IOptionsMonitor<GatewaySettings> _settings;
    private readonly ILoggerFactory _loggers;
    private readonly IDisposable? _changes;

    public ResilientForwarderHttpClientFactory(IOptionsMonitor<GatewaySettings> settings, ILoggerFactory loggers)
    {
        _settings = settings;
        _loggers = loggers;

        // Changed settings take effect on each instance's next call, with a fresh circuit breaker.
        _changes = settings.OnChange(_ => _pipelines.Clear());
    }

    public void Dispose() => _changes?.Dispose();

    protected override HttpMessageHandler WrapHandler(ForwarderHttpClientContext context, HttpMessageHandler handler) =>
        new ResilienceHandler(request => _pipelines.GetOrAdd(request.RequestUri!.Authority, BuildPipeline))
        {
            InnerHandler = handler,
        };

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline(string instance) => BuildPipeline(instance, _settings.CurrentValue, _loggers);

    private static ResiliencePipeline<HttpResponseMessage> BuildPipeline(string instance, GatewaySettings settings, ILoggerFactory loggers) =>
        new ResiliencePipelineBuilder<HttpResponseMessage>
            {
                Name = $"gateway-{instance}",
            }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(settings.Retries, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(100),
                ShouldHandle = arguments => ValueTask.FromResult(
                    settings.Retries > 0 && IsSafeToRepeat(arguments.Context.GetRequestMessage()) && IsTransient(arguments.Outcome)),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = settings.BreakDuration,
                ShouldHandle = arguments => ValueTask.FromResult(IsTransient(arguments.Outcome)),
            })
            .AddTimeout(settings.AttemptTimeout)
            .ConfigureTelemetry(loggers)
            .Build();

    private static bool IsSafeToRepeat(HttpRequestMessage? request) =>
        request is not null
        && SafeCalls.IsSafeMethod(request.Method.Method)
        && (request.Content is null || request.Content.Headers.ContentLength == 0);

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || outcome.Result?.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
