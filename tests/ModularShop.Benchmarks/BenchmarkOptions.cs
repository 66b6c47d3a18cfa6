using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Testing;

namespace ModularShop.Benchmarks;

/// <summary>
/// What one run measures and for how long. The full run (<c>./build.sh bench</c>) gives each load step seconds
/// enough to settle; the quick run (<c>--quick</c>, inside the test target) only proves that every scenario still
/// runs and answers without errors.
/// </summary>
internal sealed record BenchmarkOptions
{
    public bool Quick { get; init; }

    public IReadOnlyList<DatabaseProvider> Databases { get; init; } = [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    /// <summary>Whether checkout also runs with Payments in a service of its own behind RabbitMQ (PostgreSQL only).</summary>
    public bool SplitPayments { get; init; } = true;

    public IReadOnlyList<int> Concurrencies { get; init; } = [1, 8, 32];

    public TimeSpan LoadStep => Quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(15);

    public TimeSpan WarmUp => Quick ? TimeSpan.FromSeconds(0.5) : TimeSpan.FromSeconds(3);

    /// <summary>How long the shop stays idle before its idle memory is read.</summary>
    public TimeSpan Settle => Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long the shop is watched idle before the statements of a scenario are read, so that the background's
    /// statements are left out of the scenario's. In a full run every periodic statement runs at least twice in it:
    /// the longest interval is the operations sampler's (<c>Operations:SampleInterval</c>, 5 s), then Wolverine's
    /// heartbeat (2 s) and its scheduled-message polling (1 s).
    /// </summary>
    public TimeSpan BackgroundSpell => Quick ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(12);

    public int ColdStarts => Quick ? 1 : 3;

    public int PriceChanges => Quick ? 10 : 100;

    public int CheckoutsBeforeCrash => Quick ? 10 : 50;

    /// <summary>Customers the load spreads over: enough that none of them reaches the shop's per-customer limits.</summary>
    public int Customers { get; init; } = 4000;

    public string Output { get; init; } = Path.Combine(ServiceArtifact.RepositoryRoot, "artifacts", "bench");

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        foreach (var argument in args)
        {
            options = argument switch
            {
                "--quick" => options with { Quick = true },
                "--sqlite" => options with { Databases = [DatabaseProvider.Sqlite], SplitPayments = false },
                "--postgresql" => options with { Databases = [DatabaseProvider.PostgreSql], SplitPayments = false },
                "--split" => options with { Databases = [], SplitPayments = true },
                _ when argument.StartsWith("--output=", StringComparison.Ordinal) => options with { Output = Path.GetFullPath(argument["--output=".Length..]) },
                _ => throw new ArgumentException($"Unknown argument '{argument}'. Use --quick, --sqlite, --postgresql, --split, --output=<folder>."),
            };
        }

        return options;
    }
}
