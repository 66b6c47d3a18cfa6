using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Extraction;

/// <summary>
/// The shop with Payments split out, as real processes on one PostgreSQL database and one RabbitMQ virtual host:
/// the shop without Payments, and instances of the published Payments service, which the shop's gateway finds
/// through configuration (<c>Services:payments:http:N</c>): on its command line, or in a settings file that the test
/// rewrites while the shop runs (blue-green).
/// </summary>
internal sealed class PaymentsTopology : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly string _artifact;
    private readonly string[] _paymentsSettings;
    private readonly HostProcess?[] _payments;
    private TestSettingsFile? _instancesFile;

    private PaymentsTopology(TestDatabase database, string artifact, Uri[] paymentsAddresses, string[] paymentsSettings)
    {
        _database = database;
        _artifact = artifact;
        PaymentsAddresses = paymentsAddresses;
        _paymentsSettings = paymentsSettings;
        _payments = new HostProcess?[paymentsAddresses.Length];
    }

    public HostProcess Shop { get; private set; } = null!;

    public IReadOnlyList<Uri> PaymentsAddresses { get; }

    public HostProcess Payments(int instance) => _payments[instance] ?? throw new InvalidOperationException($"Payments instance {instance} does not run.");

    /// <summary>
    /// Publishes the Payments service, provisions its message store, starts its instances one after the other (the
    /// first applies the migrations), then the shop.
    /// </summary>
    /// <param name="started">How many of the instances start now, the first ones; the test starts the others. All when null.</param>
    /// <param name="instancesFile">
    /// When given, the shop reads the instances it forwards to from this settings file, as a live setting, and the file
    /// first names the instances started now; see <see cref="SendCallsTo"/>. Otherwise its command line names them all.
    /// </param>
    public static async Task<PaymentsTopology> StartAsync(
        TestDatabase database,
        int instances,
        string[]? shopSettings = null,
        string[]? paymentsSettings = null,
        int? started = null,
        TestSettingsFile? instancesFile = null)
    {
        var artifact = await ServiceArtifact.PublishAsync("Payments");
        await ProvisionAsync(database, artifact);

        var addresses = Enumerable.Range(0, instances).Select(_ => HostProcess.FreeAddress()).ToArray();
        // The instances share one message store with the default durability: each takes over what a dead one held.
        var topology = new PaymentsTopology(database, artifact, addresses, paymentsSettings ?? []);
        var startedNow = Enumerable.Range(0, started ?? instances).ToArray();
        foreach (var instance in startedNow)
        {
            await topology.StartPaymentsAsync(instance);
        }

        string[] instancesSettings = [.. addresses.Select((address, index) => $"--Services:payments:http:{index}={address}")];
        if (instancesFile is not null)
        {
            topology._instancesFile = instancesFile;
            topology.SendCallsTo(startedNow);
            instancesSettings = [$"--SettingsFile={instancesFile.Path}"];
        }

        topology.Shop = HostProcess.Start(database, [
            "--Modules:Catalog:SeedDemoProducts=true",
            "--Modules:Payments:Enabled=false",
            .. instancesSettings,
            "--Gateway:HealthCheckInterval=00:00:01",
            "--Gateway:BreakDuration=00:00:02",
            .. shopSettings ?? [],
        ]);
        await topology.Shop.WaitUntilReadyAsync();
        await Demo.WaitUntilTheCatalogIsKnownAsync(database);
        return topology;
    }

    /// <summary>What <c>db provision</c> of the Payments service adds to the shop's database: its own message store.</summary>
    public static async Task ProvisionAsync(TestDatabase database, string artifact)
    {
        await using var provision = HostProcess.Start(
            database,
            [$"--admin-connection={PostgresTestDatabase.AdminConnectionString}"],
            command: "db provision",
            hostDirectory: artifact);
        var exitCode = await provision.WaitForExitAsync(TimeSpan.FromSeconds(60));
        exitCode.ShouldBe(0, provision.Output);
    }

    /// <summary>Rewrites the shop's settings file so that its gateway forwards to these instances only, without a restart.</summary>
    public void SendCallsTo(params int[] instances)
    {
        var file = _instancesFile ?? throw new InvalidOperationException("The shop was started with its instances on its command line.");
        file.Write(new { Services = new { payments = new { http = instances.Select(instance => PaymentsAddresses[instance].ToString()).ToArray() } } });
    }

    public async Task StartPaymentsAsync(int instance)
    {
        _payments[instance] = HostProcess.Start(_database, _paymentsSettings, hostDirectory: _artifact, address: PaymentsAddresses[instance]);
        await _payments[instance]!.WaitUntilReadyAsync();
    }

    public async Task KillPaymentsAsync(int instance)
    {
        await Payments(instance).KillAsync();
        await Payments(instance).DisposeAsync();
        _payments[instance] = null;
    }

    /// <summary>SIGTERM to one instance, as a rolling deployment sends it: its exit code and how long it took to exit.</summary>
    public async Task<(int ExitCode, TimeSpan Took)> StopPaymentsAsync(int instance, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var payments = Payments(instance);
        await payments.StopAsync(timeout);
        var exit = (payments.ExitCode, clock.Elapsed);
        await payments.DisposeAsync();
        _payments[instance] = null;
        return exit;
    }

    public async Task StopAsync()
    {
        for (var instance = 0; instance < _payments.Length; instance++)
        {
            if (_payments[instance] is { } payments)
            {
                await payments.StopAsync();
                await payments.DisposeAsync();
                _payments[instance] = null;
            }
        }

        await Shop.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var payments in _payments.OfType<HostProcess>())
        {
            await payments.DisposeAsync();
        }

        if (Shop is not null)
        {
            await Shop.DisposeAsync();
        }
    }
}
