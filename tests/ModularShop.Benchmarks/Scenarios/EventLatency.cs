using ModularShop.Benchmarks.Shop;
using ModularShop.Testing.Telemetry;

namespace ModularShop.Benchmarks.Scenarios;

/// <summary>
/// From a committed price change to Cart's consumer starting on it, read from the shop's own traces: from the end of
/// Catalog's last write in the trace (its UPDATE; the commit follows at once, and the outbox hands the event over
/// then) to the start of Cart's handling span. Not the end of the ChangePrice span: the consumer may start before
/// the request's span ends.
/// </summary>
internal static class EventLatency
{
    public static async Task RunAsync(BenchContext context, ShopCalls calls, OtlpReceiver collector, IReadOnlyList<Guid> products)
    {
        for (var change = 0; change < context.Options.PriceChanges + 5; change++)
        {
            await calls.ChangePriceAsync(products[change % products.Count], 10m + change / 100m);
            await Task.Delay(20);
        }

        // Spans are exported a fifth of a second after they end; give the last ones time to arrive.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var latencies = new List<double>();
        foreach (var trace in collector.Spans.GroupBy(span => span.TraceId))
        {
            if (!trace.Any(span => span.Scope == "ModularShop" && span.Name == "Catalog ChangePrice"))
            {
                continue;
            }

            var written = trace.Where(span => span.Kind == SpanKind.Client && span.Attribute("db.system.name") is not null && span.Attribute("modularshop.module") == "Catalog")
                .Select(span => span.End).DefaultIfEmpty().Max();

            var consumed = trace.Where(span => span.Scope == "Wolverine" && span.Attribute("modularshop.module") == "Cart" && span.Kind is SpanKind.Consumer or SpanKind.Internal)
                .OrderBy(span => span.Start).FirstOrDefault();
            if (consumed is null)
            {
                context.Report.Problem($"event latency [{context.Label}]: a price change's trace has no handling in Cart");
                continue;
            }

            if (written == default)
            {
                context.Report.Problem($"event latency [{context.Label}]: a price change's trace has no write in Catalog");
                continue;
            }

            latencies.Add((consumed.Start - written).TotalMilliseconds);
        }

        // The first changes warm the JIT and the pools up.
        var measured = latencies.Skip(5).Order().ToList();
        if (measured.Count == 0)
        {
            context.Report.Problem($"event latency [{context.Label}]: no price change reached Cart");
            return;
        }

        context.Add("event latency: committed price change to Cart's consumer", "p50", Percentile(measured, 0.50), "ms", target: "≤ 5 ms");
        context.Add("event latency: committed price change to Cart's consumer", "p99", Percentile(measured, 0.99), "ms", target: "≤ 50 ms");
    }

    public static double Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}
