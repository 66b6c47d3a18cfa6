using System.Globalization;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Upgrades;

/// <summary>What a shop process's own scrape endpoint (<c>Telemetry:Prometheus:Enabled</c>) says of its gateway's retries.</summary>
internal static class ScrapedGatewayRetries
{
    public const string Setting = "--Telemetry:Prometheus:Enabled=true";

    /// <summary>Safe calls the gateway sent on to another instance so far, answered or not.</summary>
    public static async Task<double> TotalAsync(HostProcess shop)
    {
        using var scraper = shop.Client();
        var text = await scraper.GetStringAsync("/metrics");
        return text.Split('\n')
            .Where(line => line.StartsWith("modularshop_gateway_retries_total", StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }
}
