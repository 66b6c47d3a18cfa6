using System.Net;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Telemetry;

/// <summary>
/// Who may read the Prometheus endpoint: nobody until configuration turns it on, then the scrapers on loopback or in
/// the allowed networks, never an internet caller behind the load balancer, to whom the path does not exist.
/// </summary>
public sealed class ScrapeEndpointTests
{
    private const string Internet = "203.0.113.7";

    [Fact]
    public async Task Without_the_setting_there_is_no_metrics_endpoint()
    {
        await using var shop = await TestShop.StartAsync();

        var answer = await shop.Anonymous().GetAsync("/metrics");

        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_scraper_on_loopback_reads_the_metrics_and_a_caller_from_the_internet_through_a_proxy_gets_404()
    {
        await using var shop = await TestShop.StartAsync(settings => settings.Values["Telemetry:Prometheus:Enabled"] = "true");
        using var scraper = shop.Anonymous();
        await scraper.GetAsync("/api/catalog/products");

        var scraped = await scraper.GetAsync("/metrics");
        var fromTheInternet = await scraper.GetForwardedForAsync(Internet, "/metrics");

        scraped.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await scraped.Content.ReadAsStringAsync();
        text.ShouldContain("http_server_request_duration_seconds_bucket");
        text.ShouldContain("dotnet_gc_collections_total");
        fromTheInternet.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fromTheInternet.Content.ReadAsStringAsync()).ShouldNotContain("http_server_request_duration");
    }

    [Fact]
    public async Task A_scraper_in_an_allowed_network_reads_them_on_another_path()
    {
        await using var shop = await TestShop.StartAsync(settings =>
        {
            settings.Values["Telemetry:Prometheus:Enabled"] = "true";
            settings.Values["Telemetry:Prometheus:Path"] = "/internal/metrics";
            settings.Values["Telemetry:Prometheus:AllowedNetworks:0"] = "203.0.113.0/24";
        });
        using var client = shop.Anonymous();

        (await client.GetForwardedForAsync(Internet, "/internal/metrics")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetForwardedForAsync("198.51.100.9", "/internal/metrics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/internal/metrics")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "loopback is no longer allowed once networks are named");
        (await client.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("Telemetry:Prometheus:AllowedNetworks:0", "10.0.0.0/40", "'10.0.0.0/40' is neither an IP address nor a network")]
    [InlineData("Telemetry:Prometheus:Path", "metrics", "Telemetry:Prometheus:Path: The path must start with '/'")]
    [InlineData("Telemetry:SamplingRatio", "1.5", "Telemetry:SamplingRatio")]
    [InlineData("Telemetry:Enabled", "false", "The Prometheus endpoint needs telemetry")]
    public async Task A_wrong_telemetry_setting_stops_the_shop_at_start(string key, string value, string message)
    {
        await using var database = await TestDatabase.CreateAsync();
        var refusal = await Should.ThrowAsync<Exception>(() => TestShop.StartAsync(settings =>
        {
            settings.Database = database;
            settings.Values["Telemetry:Prometheus:Enabled"] = "true";
            settings.Values[key] = value;
        }));

        refusal.ToString().ShouldContain(message);
    }
}
