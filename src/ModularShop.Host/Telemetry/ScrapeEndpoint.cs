using ModularShop.Host.Api;

namespace ModularShop.Host.Telemetry;

/// <summary>
/// The Prometheus scrape endpoint: on the shop's own port, never rate limited or in the OpenAPI document, and
/// answered only to the scrapers the settings allow. To anyone else (an internet caller through the load balancer)
/// the path does not exist.
/// </summary>
internal static class ScrapeEndpoint
{
    public static void MapScrapeEndpoint(this WebApplication app, PrometheusSettings settings)
    {
        var scrapers = settings.Scrapers;
        app.MapPrometheusScrapingEndpoint(settings.Path)
            .AllowAnonymous()
            .DisableRateLimiting()
            .ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
                scrapers.Contain(context.HttpContext.Connection.RemoteIpAddress)
                    ? await next(context)
                    : Results.NotFound());
    }
}
