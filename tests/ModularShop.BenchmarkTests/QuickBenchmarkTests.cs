using ModularShop.Benchmarks;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Testing;

namespace ModularShop.BenchmarkTests;

/// <summary>
/// The benchmark, for a few seconds per scenario, on the database (and bus) of the test pass: every scenario must run
/// and every call answer without an error, so that the benchmark cannot rot. Its figures are printed, never asserted.
/// </summary>
public sealed class QuickBenchmarkTests
{
    [Fact]
    public async Task Every_scenario_runs_and_every_call_answers_without_an_error()
    {
        var (options, scenarios) = ForThisPass();
        var report = await BenchmarkRun.RunAsync(options);

        report.Problems.ShouldBeEmpty();
        report.Scenarios.ShouldBe(scenarios, ignoreOrder: true);
        report.Figures.ShouldAllBe(figure => double.IsFinite(figure.Value) && figure.Value >= 0);
    }

    private static (BenchmarkOptions Options, string[] Scenarios) ForThisPass()
    {
        var quick = new BenchmarkOptions { Quick = true, Output = Path.Combine(ServiceArtifact.RepositoryRoot, "artifacts", "bench-quick", Pass) };
        string[] checkout = ["checkout, one process"];
        string[] everyDatabase =
        [
            "start", "memory", "event latency: committed price change to Cart's consumer", "browse: catalog page (20 products)", "browse: product by id",
            "add to cart: POST /cart", "view cart: GET /api/cart", .. checkout, "kill -9 with checkouts in flight",
        ];
        return Pass switch
        {
            "sqlite" => (quick with { Databases = [DatabaseProvider.Sqlite], SplitPayments = false }, everyDatabase),
            "postgresql" => (quick with { Databases = [DatabaseProvider.PostgreSql], SplitPayments = false },
                [.. everyDatabase, "statements per add to cart", "statements per checkout (to the final state)"]),
            _ => (quick with { Databases = [], SplitPayments = true }, ["build size: the Payments service", "checkout, Payments over RabbitMQ", "memory"]),
        };
    }

    private static string Pass =>
        TestBroker.TransportUnderTest == MessageTransport.RabbitMq ? "postgresql-rabbitmq"
        : TestDatabase.ProviderUnderTest == DatabaseProvider.PostgreSql ? "postgresql"
        : "sqlite";
}
