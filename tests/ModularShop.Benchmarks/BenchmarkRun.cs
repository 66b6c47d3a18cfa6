using ModularShop.Benchmarks.Report;
using ModularShop.Benchmarks.Scenarios;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Testing;

namespace ModularShop.Benchmarks;

/// <summary>
/// One run of the benchmark: every scenario on each database asked for, then checkout with Payments split out.
/// PostgreSQL and RabbitMQ are the servers the build started (scripts/postgres.sh and scripts/rabbitmq.sh), named
/// by the same variables the tests read.
/// </summary>
internal static class BenchmarkRun
{
    public static async Task<int> MainAsync(string[] args)
    {
        var options = BenchmarkOptions.Parse(args);
        var report = await RunAsync(options);
        Console.WriteLine();
        Console.WriteLine(report.Table());
        foreach (var problem in report.Problems)
        {
            Console.WriteLine($"PROBLEM: {problem}");
        }

        Console.WriteLine($"Written to {options.Output}: summary.md, raw.json, and each part's logs and pgbench scripts.");
        return report.Problems.Count == 0 ? 0 : 1;
    }

    public static async Task<BenchmarkReport> RunAsync(BenchmarkOptions options)
    {
        var report = new BenchmarkReport();
        Directory.CreateDirectory(options.Output);
        try
        {
            foreach (var provider in options.Databases)
            {
                await RunPartAsync(options, report, provider.ToString(), split: false);
            }

            if (options.SplitPayments)
            {
                await RunPartAsync(options, report, "PostgreSQL + RabbitMQ", split: true);
            }
        }
        finally
        {
            await report.WriteAsync(options.Output, options);
        }

        return report;
    }

    private static async Task RunPartAsync(BenchmarkOptions options, BenchmarkReport report, string label, bool split)
    {
        Console.WriteLine($"== {label}");
        var work = Path.Combine(options.Output, label.ToLowerInvariant().Replace(" + ", "-", StringComparison.Ordinal));
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        Directory.CreateDirectory(work);
        var postgres = label == nameof(DatabaseProvider.Sqlite) ? null : Require(TestDatabase.PostgresVariable, "scripts/postgres.sh start");
        await using var database = postgres is null
            ? TestDatabase.CreateSqlite(Path.Combine(work, "shop.db"))
            : await PostgresTestDatabase.ProvisionAsync(postgres);
        if (split)
        {
            await database.UseBrokerAsync(new Uri(Require(TestBroker.RabbitMqVariable, "scripts/rabbitmq.sh start")));
        }

        // The full run measures what a deployment runs, the published shop; the quick one only needs the scenarios to run.
        var shopDirectory = options.Quick ? null : await ServiceArtifact.PublishShopAsync();
        var context = new BenchContext(options, report, database, label, work, shopDirectory);
        try
        {
            if (split)
            {
                await SplitPayments.RunAsync(context, postgres!);
            }
            else
            {
                await ShopScenarios.RunAsync(context, postgres, postgres is null ? Path.Combine(work, "shop.db") : null);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or HttpRequestException)
        {
            // Where in the benchmark it happened: the first of its own frames.
            var where = exception.StackTrace?.Split('\n').FirstOrDefault(frame => frame.Contains("ModularShop.Benchmarks", StringComparison.Ordinal))?.Trim();
            report.Problem($"{label}: {exception.GetType().Name}: {exception.Message} ({where})");
        }
    }

    private static string Require(string variable, string script) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set: run the benchmark through ./build.sh bench, which starts the server ({script}) and sets it.");
}
