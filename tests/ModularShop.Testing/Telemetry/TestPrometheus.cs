using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace ModularShop.Testing.Telemetry;

/// <summary>
/// A Prometheus server of the test's own, started by scripts/prometheus.sh on a free loopback port, scraping every
/// second the shops it is told to, and asked through its HTTP API (<c>/api/v1/query</c>) what it has scraped.
/// Disposing stops it and removes its data.
/// </summary>
public sealed class TestPrometheus : IAsyncDisposable
{
    private readonly ScriptedServer _server;
    private readonly HttpClient _api;

    private TestPrometheus(ScriptedServer server)
    {
        _server = server;
        _api = new HttpClient { BaseAddress = new Uri(server.Connection), Timeout = TimeSpan.FromSeconds(10) };
    }

    public Uri Address => _api.BaseAddress!;

    public static async Task<TestPrometheus> StartAsync() => new(await ScriptedServer.StartPrometheusAsync());

    /// <summary>Scrapes these shops (their <c>GET /metrics</c>) from now on, and waits until every one was scraped successfully.</summary>
    public async Task ScrapeAsync(params TestShop[] shops)
    {
        var instances = shops.Select(shop => shop.BaseAddress.Authority).ToList();
        await _server.RunAsync("targets", instances);
        // The targets as seen, in words: a timeout then says why a scrape failed (404, refused, 403).
        await Eventually.Until(
            async () =>
            {
                var targets = await TargetsAsync();
                var scraped = instances.All(instance => targets.Any(target => target.Instance == instance && target.Health == "up"));
                return (Scraped: scraped, Targets: string.Join("; ", targets));
            },
            seen => seen.Scraped,
            $"Prometheus to scrape {string.Join(", ", instances)}",
            TimeSpan.FromSeconds(30));
    }

    /// <summary>The value of an instant query that returns one series, or null when it returns none.</summary>
    public async Task<double?> QueryAsync(string query)
    {
        using var response = await _api.GetAsync($"api/v1/query?query={Uri.EscapeDataString(query)}");
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Prometheus refused the query {query} ({(int)response.StatusCode}): {body}");
        }

        var result = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("result");
        return result.GetArrayLength() switch
        {
            0 => null,
            1 => double.Parse(result[0].GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture),
            var series => throw new InvalidOperationException($"The query {query} returned {series} series, not one: {result}"),
        };
    }

    /// <summary>Waits until the query returns one series whose value satisfies <paramref name="isDone"/>, and returns that value.</summary>
    public async Task<double> UntilAsync(string query, Func<double, bool> isDone, TimeSpan? timeout = null)
    {
        var value = await Eventually.Until(() => QueryAsync(query), value => value is { } found && isDone(found), $"Prometheus to answer {query}", timeout ?? TimeSpan.FromSeconds(30));
        return value!.Value;
    }

    /// <summary>Each scraped shop, as Prometheus's target list shows it: its address, whether the last scrape worked, and why not.</summary>
    public async Task<IReadOnlyList<ScrapeTarget>> TargetsAsync()
    {
        var body = await _api.GetFromJsonAsync<JsonElement>("api/v1/targets?state=active");
        return body.GetProperty("data").GetProperty("activeTargets").EnumerateArray()
            .Select(target => new ScrapeTarget(
                target.GetProperty("labels").GetProperty("instance").GetString()!,
                target.GetProperty("health").GetString()!,
                target.GetProperty("lastError").GetString()))
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        await _server.DisposeAsync();
    }
}

public sealed record ScrapeTarget(string Instance, string Health, string? LastError);
