using System.Diagnostics;
using ModularShop.Benchmarks.Shop;

namespace ModularShop.Benchmarks.Scenarios;

/// <summary>
/// kill -9 with checkouts in flight: a burst of checkouts is accepted, the shop is killed at once, started again,
/// and the time is taken from the restart until every accepted order is final.
/// </summary>
internal static class CrashRecovery
{
    /// <summary>Answers the restarted shop.</summary>
    public static async Task<ShopProcess> RunAsync(BenchContext context, ShopProcess shop, IReadOnlyList<Guid> products, IReadOnlyDictionary<string, string?> settings)
    {
        var count = context.Options.CheckoutsBeforeCrash;
        var customers = Enumerable.Range(0, count).Select(index => $"bench-crash-{index}").ToList();
        using (var calls = new ShopCalls(shop.Address))
        {
            await Task.WhenAll(customers.Select((customer, index) => calls.AddAsync(customer, products[index % products.Count])));
            var orders = await Task.WhenAll(customers.Select(calls.CheckoutAsync));
            await shop.KillAsync();
            await shop.DisposeAsync();

            var finalAtKill = await FinalCountAsync(context, orders);
            var restarted = context.StartShop("after-kill", settings);
            await using var watcher = new OrderWatcher(context.Database);
            var started = Stopwatch.GetTimestamp();
            var ready = await restarted.WaitUntilReadyAsync();
            var finals = await Task.WhenAll(orders.Select(order => watcher.FinalAsync(order, started).WaitAsync(TimeSpan.FromMinutes(3))));
            var cancelled = finals.Count(final => final.Status == "Cancelled");
            context.Add("kill -9 with checkouts in flight", $"restart to every order final ({count - finalAtKill} of {count} pending at the kill)",
                finals.Max(final => final.Took.TotalMilliseconds), "ms", target: "≤ 10,000 ms");
            context.Add("kill -9 with checkouts in flight", "restart to ready", ready.TotalMilliseconds, "ms");
            if (cancelled > 0)
            {
                context.Report.Problem($"kill -9 [{context.Label}]: {cancelled} of {count} orders were cancelled after the restart");
            }

            return restarted;
        }
    }

    private static async Task<int> FinalCountAsync(BenchContext context, IReadOnlyCollection<Guid> orders)
    {
        await using var watcher = new OrderWatcher(context.Database);
        var now = Stopwatch.GetTimestamp();
        var checks = orders.Select(order => watcher.FinalAsync(order, now)).ToList();
        await Task.Delay(200);
        return checks.Count(check => check.IsCompletedSuccessfully);
    }
}
