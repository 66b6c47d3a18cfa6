using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ModularShop.Testing.Telemetry;

/// <summary>
/// A small OTLP/HTTP collector on a loopback port: shops and service processes export their spans to it as they would
/// to a real collector, and a test reads what arrived. Metrics are accepted and dropped.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<ReceivedSpan> _spans = [];
    private int _exports;

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The settings that make a shop export to this receiver over OTLP/HTTP, a fifth of a second after each span ends.</summary>
    public IReadOnlyDictionary<string, string?> ExporterSettings => new Dictionary<string, string?>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Endpoint.ToString().TrimEnd('/'),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        // A test process runs other shops too, whose spans the exporter hears as well: keep them all rather than drop some.
        ["OTEL_BSP_MAX_QUEUE_SIZE"] = "100000",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
    };

    public IReadOnlyList<ReceivedSpan> Spans
    {
        get
        {
            lock (_lock)
            {
                return _spans.ToList();
            }
        }
    }

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/traces", receiver.ReceiveTracesAsync);
        app.MapPost("/v1/metrics", () => Results.Bytes([], "application/x-protobuf"));
        await app.StartAsync();
        receiver.Endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return receiver;
    }

    /// <summary>Every span of the trace that has a span named <paramref name="rootName"/>, once <paramref name="complete"/> says the trace is all there.</summary>
    public async Task<IReadOnlyList<ReceivedSpan>> TraceOfAsync(string rootName, Func<IReadOnlyList<ReceivedSpan>, bool> complete, TimeSpan? timeout = null)
    {
        List<ReceivedSpan> trace = [];
        try
        {
            await Eventually.Until(
                () =>
                {
                    var root = Spans.FirstOrDefault(span => span.Name == rootName);
                    trace = root is null ? [] : Spans.Where(span => span.TraceId == root.TraceId).ToList();
                    return trace.Count > 0 && complete(trace);
                },
                $"the trace of '{rootName}' to arrive whole",
                timeout);
        }
        catch (TimeoutException incomplete)
        {
            var received = trace.Count > 0 ? trace : Spans;
            throw new TimeoutException($"{incomplete.Message}. {(trace.Count > 0 ? "Its spans so far" : $"No such span among the {received.Count} received in {_exports} exports")}:{Environment.NewLine}{string.Join(Environment.NewLine, received.Take(200))}", incomplete);
        }

        return trace;
    }

    private async Task<IResult> ReceiveTracesAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        _exports++;
        var spans = OtlpTraceDecoder.Decode(body.ToArray());
        lock (_lock)
        {
            _spans.AddRange(spans);
        }

        return Results.Bytes([], "application/x-protobuf");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
