using ModularShop.Benchmarks.Shop;
using ModularShop.Testing;

namespace ModularShop.Benchmarks.Scenarios;

/// <summary>
/// Checkout with Payments in a service of its own: the published Payments service and the shop without Payments,
/// as two processes on one PostgreSQL database, every message over RabbitMQ, the shop's gateway forwarding
/// /api/payments to the service. Also the size of that service's build.
/// </summary>
internal static class SplitPayments
{
    public static async Task RunAsync(BenchContext context, string postgresAdmin)
    {
        var artifact = await ServiceArtifact.PublishAsync("Payments");
        await ReportBuildSizeAsync(context, artifact);

        await using (var provision = HostProcess.Start(context.Database, [$"--admin-connection={postgresAdmin}"], command: "db provision", hostDirectory: artifact))
        {
            if (await provision.WaitForExitAsync(TimeSpan.FromSeconds(120)) != 0)
            {
                throw new InvalidOperationException($"Provisioning the Payments service failed:\n{provision.Output}");
            }
        }

        var paymentsAddress = HostProcess.FreeAddress();
        await using var payments = ShopProcess.Start(context.ShopSettings(), Path.Combine(context.Work, "payments.log"), paymentsAddress, artifact);
        await payments.WaitUntilReadyAsync();
        await using var shop = context.StartShop("shop-without-payments", context.ShopSettings(
            ("Modules:Payments:Enabled", "false"),
            ("Services:payments:http:0", paymentsAddress.ToString())));
        await shop.WaitUntilReadyAsync();

        using var calls = new ShopCalls(shop.Address);
        var products = await ShopScenarios.SeededProductsAsync(calls);
        await calls.WaitUntilCartKnowsAsync(products, "bench-warm");
        foreach (var product in products)
        {
            await calls.SetStockAsync(product, 1_000_000);
        }

        await ShopScenarios.CheckoutsAsync(context, calls, products, [shop.Pid, payments.Pid], pgbench: null, script: null, "checkout, Payments over RabbitMQ");
        context.Add("memory", "RSS of the Payments service after the load", payments.ResidentMegabytes, "MB");
        await shop.StopAsync();
        await payments.StopAsync();
    }

    private static Task ReportBuildSizeAsync(BenchContext context, string artifact)
    {
        static double Megabytes(IEnumerable<FileInfo> files) => files.Sum(file => file.Length) / 1024.0 / 1024.0;
        var files = new DirectoryInfo(artifact).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
        var runtimes = Path.Combine(artifact, "runtimes");
        context.Add("build size: the Payments service", "all files", Megabytes(files), "MB");
        context.Add("build size: the Payments service", "native libraries (runtimes/)", Megabytes(files.Where(file => file.FullName.StartsWith(runtimes, StringComparison.Ordinal))), "MB");
        context.Add("build size: the Payments service", "Roslyn (Microsoft.CodeAnalysis*)", Megabytes(files.Where(file => file.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))), "MB");
        return Task.CompletedTask;
    }
}
