using System.Net;
using System.Text.Json;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>
/// One request's correlation id follows it from HTTP through MediatR in Catalog into the message handler it causes in
/// Cart, and every event says which module logged it and in which trace and span: read from the console of a real
/// process logging compact JSON.
/// </summary>
public sealed class StructuredLoggingTests
{
    [Fact]
    public async Task A_price_change_is_traced_by_one_correlation_id_across_modules()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = HostProcess.Start(database,
        [
            "--Logging:Format=json",
            "--Serilog:MinimumLevel:Default=Information",
            "--Serilog:MinimumLevel:Override:ModularShop=Debug",
            "--Modules:Catalog:SeedDemoProducts=true",
        ]);
        await host.WaitUntilReadyAsync();
        using var admin = host.Client(TestTokens.For("admin", "admin"));
        await Eventually.Until(() => host.Output.Contains("\"Module\":\"Cart\"", StringComparison.Ordinal), "Cart to handle the demo catalog");

        var response = await admin.PutJsonAsync($"/api/catalog/products/{DemoProducts.Kettle}/price", new { price = 59.00m });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var correlationId = response.Headers.GetValues("X-Correlation-ID").Single();
        var events = await Eventually.Until(
            () => EventsWith(host.Output, correlationId),
            found => found.Any(e => e.Module == "Cart"),
            "Cart's handler to log under the request's correlation id");
        events.ShouldContain(e => e.Module == "Catalog" && e.Property("Request") == "ChangePrice");
        events.ShouldContain(e => e.Module == "Cart" && e.Property("MessageType") == "catalog.product-price-changed.v1");

        // The correlation id is the request's trace: every event names it and the span it was logged in, and Cart's
        // handler logs in spans of its own within the same trace.
        events.ShouldAllBe(e => e.Property("@tr") == correlationId);
        events.ShouldAllBe(e => e.Property("@sp") != null && e.Property("@sp")!.Length == 16);
        var catalogSpans = events.Where(e => e.Module == "Catalog").Select(e => e.Property("@sp")).ToHashSet();
        events.Where(e => e.Module == "Cart").ShouldAllBe(e => !catalogSpans.Contains(e.Property("@sp")));
    }

    private static List<LogEvent> EventsWith(string output, string correlationId) =>
        output.Split('\n')
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(log => log.TryGetProperty("CorrelationId", out var id) && id.GetString() == correlationId)
            .Select(log => new LogEvent(log.GetProperty("Module").GetString()!, log))
            .ToList();

    private sealed record LogEvent(string Module, JsonElement Json)
    {
        public string? Property(string name) => Json.TryGetProperty(name, out var value) ? value.ToString() : null;
    }
}
