using System.Diagnostics;
using System.Reflection;
using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ModularShop.Host.Telemetry;

/// <summary>
/// OpenTelemetry for every module at once: spans of HTTP requests (served and sent, the gateway's forwarded calls
/// among them), of MediatR requests, of database commands and of Wolverine's messages, all in one trace per request
/// across processes; ASP.NET Core's, the runtime's, Wolverine's and the shop's own metrics.
/// </summary>
internal static class ShopTelemetrySetup
{
    /// <summary>Wolverine publishes its spans under this source, and its metrics under a meter named after the service.</summary>
    private const string WolverineSource = "Wolverine";

    public static WebApplicationBuilder AddShopTelemetry(this WebApplicationBuilder builder, ModuleCatalog catalog)
    {
        var settings = SettingsReader.Read<TelemetrySettings>(builder.Configuration, TelemetrySettings.Section);
        builder.Services.AddSingleton(settings);
        if (!settings.Enabled)
        {
            return builder;
        }

        var exportOverOtlp = !string.IsNullOrWhiteSpace(builder.Configuration[TelemetrySettings.OtlpEndpointSetting]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                catalog.ServiceName,
                serviceVersion: typeof(ShopTelemetrySetup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
                serviceInstanceId: $"{Environment.MachineName}-{Environment.ProcessId}"))
            .WithTracing(tracing =>
            {
                tracing
                    .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(settings.SamplingRatio)))
                    .AddSource(ShopTelemetry.Name, WolverineSource)
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbeOrScrape(context, settings))
                    // The gateway's forwarded calls are HttpClient's spans; its probes of the instances every second are not worth a trace each.
                    .AddHttpClientInstrumentation(options => options.FilterHttpRequestMessage = request => request.RequestUri?.AbsolutePath.StartsWith("/health/", StringComparison.Ordinal) != true)
                    .AddProcessor(new ModuleOfParentSpan());
                if (exportOverOtlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter(ShopTelemetry.Name, $"{WolverineSource}:{catalog.ServiceName}");
                if (settings.Prometheus.Enabled)
                {
                    metrics.AddPrometheusExporter();
                }

                if (exportOverOtlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return builder;
    }

    /// <summary>The request's span names the module whose endpoint serves it, once routing knows it.</summary>
    public static IApplicationBuilder UseModuleOnRequestSpan(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (Activity.Current is { IsAllDataRequested: true } request)
            {
                request.SetTag(ShopTelemetry.ModuleAttribute, ModuleEndpointMetadata.ModuleOf(context));
            }

            return next(context);
        });

    public static void MapShopMetrics(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<TelemetrySettings>();
        if (settings.Prometheus.Enabled)
        {
            app.MapScrapeEndpoint(settings.Prometheus);
        }
    }

    private static bool IsProbeOrScrape(HttpContext context, TelemetrySettings settings) =>
        context.Request.Path.StartsWithSegments("/health") ||
        (settings.Prometheus.Enabled && context.Request.Path.StartsWithSegments(settings.Prometheus.Path));
}
