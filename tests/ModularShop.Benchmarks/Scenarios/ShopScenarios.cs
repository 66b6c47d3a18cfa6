using ModularShop.Benchmarks.Ceilings;
using ModularShop.Benchmarks.Load;
using ModularShop.Benchmarks.Shop;
using ModularShop.Testing;
using ModularShop.Testing.Telemetry;

namespace ModularShop.Benchmarks.Scenarios;

/// <summary>Every scenario on one database, one shop process at a time, in an order where each leaves what the next needs.</summary>
internal static class ShopScenarios
{
    public static async Task RunAsync(BenchContext context, string? postgresAdmin, string? sqliteFile)
    {
        var log = postgresAdmin is null ? null : new PostgresStatementLog(postgresAdmin, ((PostgresTestDatabase)context.Database).Name);
        if (log is not null)
        {
            await log.EnableAsync(true);
        }

        IReadOnlyList<Guid> products;
        StatementCapture.Captured? captured = null;
        await using (var collector = await OtlpReceiver.StartAsync())
        {
            // The first start creates the schemas and seeds the catalog. It exports its traces to the benchmark, for
            // the event latency; on PostgreSQL every statement is logged meanwhile, for the ceilings.
            await using var first = context.StartShop("first-start", context.ShopSettings([.. collector.ExporterSettings.Select(setting => (setting.Key, setting.Value))]));
            context.Add("start", "first start to ready (creates the schemas, seeds the catalog)", (await first.WaitUntilReadyAsync()).TotalMilliseconds, "ms");
            using var calls = new ShopCalls(first.Address);
            products = await SeededProductsAsync(calls);
            await calls.WaitUntilCartKnowsAsync(products, "bench-warm");
            foreach (var product in products)
            {
                await calls.SetStockAsync(product, 1_000_000);
            }

            if (log is not null)
            {
                captured = await StatementCapture.RunAsync(context, log, calls, products);
                await log.EnableAsync(false);
            }

            await EventLatency.RunAsync(context, calls, collector, products);
            await first.StopAsync();
        }

        var settings = context.ShopSettings();
        var shop = await ColdStartsAsync(context, settings);
        try
        {
            await Task.Delay(context.Options.Settle);
            context.Add("memory", "RSS idle", shop.ResidentMegabytes, "MB", target: "≤ 150 MB");
            using var peak = new PeakMemory(shop);
            using var calls = new ShopCalls(shop.Address);
            var client = new LoadClient(shop.Address, [shop.Pid]);
            var pgbench = postgresAdmin is null ? null : new Pgbench(postgresAdmin, ((PostgresTestDatabase)context.Database).Name, Path.Combine(context.Work, "pgbench"));

            var health = await HttpLoad.HealthAsync(context, client, 32);
            foreach (var connections in context.Options.Concurrencies)
            {
                var page = await HttpLoad.CatalogPageAsync(context, client, connections);
                context.Add("browse: catalog page (20 products)", $"{connections} connections", page.PerSecond, "req/s",
                    connections == 32 ? "GET /health/live, 32 connections" : null, connections == 32 ? health.PerSecond : null, connections == 32 ? "≥ 40%" : null);
            }

            var byId = await HttpLoad.ProductAsync(context, client, products, 32);
            context.Add("browse: product by id", "32 connections", byId.PerSecond, "req/s", "GET /health/live, 32 connections", health.PerSecond);

            double? singleWriter = null;
            foreach (var connections in context.Options.Concurrencies)
            {
                var add = await HttpLoad.AddToCartAsync(context, client, calls, products, connections);
                double? ceiling = null;
                string? ceilingName = null;
                if (pgbench is not null && captured is not null)
                {
                    var (perSecond, failed) = await pgbench.RunAsync("add-to-cart", captured.AddToCart, products, connections, context.Options.LoadStep);
                    (ceiling, ceilingName) = (perSecond, $"pgbench, the same statements, {connections} clients");
                    if (failed > 0)
                    {
                        context.Report.Problem($"pgbench add-to-cart at {connections} clients: {failed} transactions failed");
                    }
                }
                else if (sqliteFile is not null)
                {
                    singleWriter ??= SqliteWriterLoop.AddsPerSecond(context.Database, sqliteFile, context.Options.LoadStep);
                    (ceiling, ceilingName) = (singleWriter, "the same reads and writes, one connection in a loop");
                }

                context.Add("add to cart: POST /cart", $"{connections} connections", add.PerSecond, "req/s", ceilingName, ceiling, connections == 32 ? "≥ 60%" : null);
                context.Add("add to cart: POST /cart", $"p99 at {connections} connections", add.P99Milliseconds, "ms", target: connections == 32 ? "≤ 25 ms" : null);
            }

            var view = await HttpLoad.ViewCartAsync(context, client, calls, 32);
            context.Add("view cart: GET /api/cart", "32 connections", view.PerSecond, "req/s", "GET /health/live, 32 connections", health.PerSecond);

            await CheckoutsAsync(context, calls, products, [shop.Pid], pgbench, captured?.Checkout, "checkout, one process");
            context.Add("memory", "RSS under load (peak)", peak.Megabytes, "MB", target: "≤ 250 MB");

            shop = await CrashRecovery.RunAsync(context, shop, products, settings);
            await shop.WaitUntilReadyAsync();
        }
        finally
        {
            await shop.StopAsync();
            await shop.DisposeAsync();
        }
    }

    /// <summary>Checkout at each concurrency, beside pgbench running the statements of one checkout when there is a capture.</summary>
    public static async Task CheckoutsAsync(BenchContext context, ShopCalls calls, IReadOnlyList<Guid> products, IReadOnlyList<int> shopPids, Pgbench? pgbench, PgbenchScript? script, string scenario)
    {
        foreach (var shoppers in context.Options.Concurrencies)
        {
            var result = await CheckoutLoad.RunAsync(context, calls, products, shoppers, shopPids, scenario);
            double? ceiling = null;
            if (pgbench is not null && script is not null)
            {
                var (perSecond, failed) = await pgbench.RunAsync("checkout", script, products, shoppers, context.Options.LoadStep);
                ceiling = perSecond;
                if (failed > 0)
                {
                    context.Report.Problem($"pgbench checkout at {shoppers} clients: {failed} transactions failed");
                }
            }

            var target = shoppers == 32;
            context.Add(scenario, $"orders/s at {shoppers} shoppers", result.OrdersPerSecond, "orders/s",
                ceiling is null ? null : $"pgbench, one checkout's statements, {shoppers} clients", ceiling, target && ceiling is not null ? "≥ 50%" : null);
            context.Add(scenario, $"checkout to final, p50 at {shoppers} shoppers", result.P50Milliseconds, "ms");
            context.Add(scenario, $"checkout to final, p99 at {shoppers} shoppers", result.P99Milliseconds, "ms",
                target: target ? (scenario.Contains("RabbitMQ", StringComparison.Ordinal) ? "≤ 500 ms" : "≤ 250 ms") : null);
            if (result.TransactionsPerOrder is { } transactions)
            {
                context.Add(scenario, $"transactions per order at {shoppers} shoppers (add to cart, checkout, every step)", transactions, "tx");
            }
        }
    }

    public static Task<IReadOnlyList<Guid>> SeededProductsAsync(ShopCalls calls) =>
        Eventually.Until(calls.ProductsAsync, products => products.Count > 0, "the catalog's demo products", TimeSpan.FromSeconds(60));

    /// <summary>Stops and starts the shop on its database a few times; the time to ready is the median. Answers the last, running.</summary>
    private static async Task<ShopProcess> ColdStartsAsync(BenchContext context, IReadOnlyDictionary<string, string?> settings)
    {
        var times = new List<double>();
        ShopProcess? shop = null;
        for (var start = 0; start < context.Options.ColdStarts; start++)
        {
            if (shop is not null)
            {
                await shop.StopAsync();
                await shop.DisposeAsync();
            }

            shop = context.StartShop($"start-{start}", settings);
            times.Add((await shop.WaitUntilReadyAsync()).TotalMilliseconds);
        }

        times.Sort();
        context.Add("start", $"cold start to ready (median of {times.Count})", times[times.Count / 2], "ms", target: "≤ 1,500 ms");
        return shop!;
    }
}
