using System.Diagnostics;
using System.Net;
using HdrHistogram;
using ModularShop.Benchmarks.Load;
using ModularShop.Benchmarks.Shop;

namespace ModularShop.Benchmarks.Scenarios;

/// <summary>
/// Shoppers in a closed loop: each puts a product in a new cart, checks out, and waits until its order is final
/// (Confirmed or Cancelled) before the next. Latency runs from the checkout call to the final state.
/// </summary>
internal static class CheckoutLoad
{
    public sealed record Result(long Orders, long Cancelled, double OrdersPerSecond, double P50Milliseconds, double P99Milliseconds, double? TransactionsPerOrder, LoadResult Load);

    public static async Task<Result> RunAsync(BenchContext context, ShopCalls calls, IReadOnlyList<Guid> products, int shoppers, IReadOnlyList<int> shopPids, string name)
    {
        await using var watcher = new OrderWatcher(context.Database);
        var histogram = new LongHistogram(120_000_000, 3);
        var failures = 0L;
        var cancelled = 0L;
        var orders = 0L;
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, long>();
        var round = Guid.NewGuid().ToString("N")[..6];

        async Task ShopAsync(int shopper, TimeSpan duration, bool record)
        {
            var clock = Stopwatch.StartNew();
            for (var visit = 0; clock.Elapsed < duration; visit++)
            {
                var customer = $"shopper-{round}-{shopper}-{visit}-{record}";
                var added = await calls.AddAsync(customer, products[(shopper + visit) % products.Count]);
                statuses.AddOrUpdate((int)added, 1, (_, count) => count + 1);
                if (added != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                    continue;
                }

                var started = Stopwatch.GetTimestamp();
                Guid order;
                try
                {
                    order = await calls.CheckoutAsync(customer);
                    statuses.AddOrUpdate(202, 1, (_, count) => count + 1);
                }
                catch (InvalidOperationException)
                {
                    Interlocked.Increment(ref failures);
                    continue;
                }

                var (status, took) = await watcher.FinalAsync(order, started).WaitAsync(TimeSpan.FromSeconds(60));
                if (!record)
                {
                    continue;
                }

                lock (histogram)
                {
                    histogram.RecordValue((long)took.TotalMicroseconds);
                }

                Interlocked.Increment(ref orders);
                if (status == "Cancelled")
                {
                    Interlocked.Increment(ref cancelled);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, shoppers).Select(shopper => ShopAsync(shopper, context.Options.WarmUp, record: false)));
        var before = await CommittedTransactionsAsync(context);
        var queriesBefore = watcher.Queries;
        var meter = new CpuMeter(shopPids);
        var elapsed = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, shoppers).Select(shopper => ShopAsync(shopper, context.Options.LoadStep, record: true)));
        var seconds = elapsed.Elapsed;
        var cpu = meter.Read();
        var transactions = await TransactionsPerOrderAsync(context, before, watcher.Queries - queriesBefore, orders);

        double Milliseconds(double percentile) => histogram.TotalCount == 0 ? 0 : histogram.GetValueAtPercentile(percentile) / 1000.0;
        var load = context.Report.Add(context.Label, new LoadResult(
            name, shoppers, orders, failures, statuses, seconds, Milliseconds(50), Milliseconds(99),
            histogram.TotalCount == 0 ? 0 : histogram.GetMaxValue() / 1000.0, cpu.Client, cpu.Shop, cpu.Database));
        if (cancelled > 0)
        {
            context.Report.Problem($"{name} [{context.Label}] at {shoppers} shoppers: {cancelled} of {orders} orders were cancelled");
        }

        return new Result(orders, cancelled, orders / seconds.TotalSeconds, load.P50Milliseconds, load.P99Milliseconds, transactions, load);
    }

    /// <summary>PostgreSQL's count of committed transactions in the shop's database; none on SQLite, which keeps no such statistics.</summary>
    public static async Task<long?> CommittedTransactionsAsync(BenchContext context)
    {
        if (!context.OnPostgres)
        {
            return null;
        }

        // Statistics reach pg_stat_database within a second of a transaction's end.
        await Task.Delay(1200);
        await using var connection = context.Database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<double?> TransactionsPerOrderAsync(BenchContext context, long? before, long watcherQueries, long orders)
    {
        var after = await CommittedTransactionsAsync(context);
        // The watcher's own queries, and the two reads of the statistics, are the benchmark's, not the shop's.
        return before is null || after is null || orders == 0 ? null : (after.Value - before.Value - watcherQueries - 2) / (double)orders;
    }
}
