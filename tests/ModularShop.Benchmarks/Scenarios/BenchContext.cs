using ModularShop.Benchmarks.Report;
using ModularShop.Benchmarks.Shop;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Testing;

namespace ModularShop.Benchmarks.Scenarios;

/// <summary>One database's part of a run: the database, the settings the shop runs with, and where the figures go.</summary>
internal sealed class BenchContext(BenchmarkOptions options, BenchmarkReport report, TestDatabase database, string label, string work, string? shopDirectory)
{
    public BenchmarkOptions Options { get; } = options;

    public BenchmarkReport Report { get; } = report;

    public TestDatabase Database { get; } = database;

    /// <summary>SQLite, PostgreSQL, or PostgreSQL with Payments over RabbitMQ.</summary>
    public string Label { get; } = label;

    /// <summary>Where this part keeps its logs and scripts.</summary>
    public string Work { get; } = work;

    public bool OnPostgres => Database.Provider == DatabaseProvider.PostgreSql;

    /// <summary>
    /// The shop's production settings, with the database and the signing key a deployment would give it. Rate limits
    /// stay the shop's defaults: the load spreads over <see cref="BenchmarkOptions.Customers"/> customers and, for
    /// anonymous calls, over client addresses that the shop's trusted proxy (loopback) reports.
    /// </summary>
    public Dictionary<string, string?> ShopSettings(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>(Database.Settings)
        {
            ["Authentication:SigningKey"] = TestTokens.SigningKey,
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Starts the shop: as published (precompiled for this platform) in a full run, as built in a quick one.</summary>
    public ShopProcess StartShop(string name, IReadOnlyDictionary<string, string?> settings) =>
        ShopProcess.Start(settings, Path.Combine(Work, name + ".log"), hostDirectory: shopDirectory);

    public void Add(string scenario, string measure, double value, string unit, string? ceiling = null, double? ceilingValue = null, string? target = null) =>
        Report.Add(new Figure(scenario, Label, measure, value, unit, ceiling, ceilingValue, target));

    public string Customer(long index) => $"bench-{index % Options.Customers}";
}
