using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Extraction;

/// <summary>
/// The shop with one module split out (Payments unless told otherwise), as real processes on one PostgreSQL database
/// and one RabbitMQ virtual host: the shop without the module, and instances of the module's published service, which
/// the shop's gateway finds through configuration (<c>Services:&lt;module&gt;:http:N</c>): on its command line, or in a settings file that the test
/// rewrites while the shop runs (blue-green).
/// </summary>
internal sealed class ServiceTopology : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly string _artifact;
    private readonly string _module;
    private readonly string[] _serviceSettings;
    private readonly HostProcess?[] _instances;
    private TestSettingsFile? _instancesFile;

    private ServiceTopology(TestDatabase database, string module, string artifact, Uri[] serviceAddresses, string[] serviceSettings)
    {
        _database = database;
        _artifact = artifact;
        _module = module;
        ServiceAddresses = serviceAddresses;
        _serviceSettings = serviceSettings;
        _instances = new HostProcess?[serviceAddresses.Length];
    }

    public HostProcess Shop { get; private set; } = null!;

    public IReadOnlyList<Uri> ServiceAddresses { get; }

    public HostProcess Service(int instance) => _instances[instance] ?? throw new InvalidOperationException($"{_module} instance {instance} does not run.");

    /// <summary>
    /// Publishes the module's service, provisions its message store, starts its instances one after the other (the
    /// first applies the migrations), then the shop.
    /// </summary>
    /// <param name="started">How many of the instances start now, the first ones; the test starts the others. All when null.</param>
    /// <param name="instancesFile">
    /// When given, the shop reads the instances it forwards to from this settings file, as a live setting, and the file
    /// first names the instances started now; see <see cref="SendCallsTo"/>. Otherwise its command line names them all.
    /// </param>
    public static async Task<ServiceTopology> StartAsync(
        TestDatabase database,
        int instances,
        string[]? shopSettings = null,
        string[]? serviceSettings = null,
        int? started = null,
        TestSettingsFile? instancesFile = null,
        string module = "Payments")
    {
        var artifact = await ServiceArtifact.PublishAsync(module);
        await ProvisionAsync(database, artifact);

        var addresses = Enumerable.Range(0, instances).Select(_ => HostProcess.FreeAddress()).ToArray();
        // The instances share one message store with the default durability: each takes over what a dead one held.
        var topology = new ServiceTopology(database, module, artifact, addresses, serviceSettings ?? []);
        var startedNow = Enumerable.Range(0, started ?? instances).ToArray();
        foreach (var instance in startedNow)
        {
            await topology.StartServiceAsync(instance);
        }

        string[] instancesSettings = [.. addresses.Select((address, index) => $"--Services:{module.ToLowerInvariant()}:http:{index}={address}")];
        if (instancesFile is not null)
        {
            topology._instancesFile = instancesFile;
            topology.SendCallsTo(startedNow);
            instancesSettings = [$"--SettingsFile={instancesFile.Path}"];
        }

        topology.Shop = HostProcess.Start(database, [
            "--Modules:Catalog:SeedDemoProducts=true",
            $"--Modules:{module}:Enabled=false",
            .. instancesSettings,
            "--Gateway:HealthCheckInterval=00:00:01",
            "--Gateway:BreakDuration=00:00:02",
            .. shopSettings ?? [],
        ]);
        await topology.Shop.WaitUntilReadyAsync();
        await Demo.WaitUntilTheCatalogIsKnownAsync(database);
        return topology;
    }

    /// <summary>What <c>db provision</c> of a module's service adds to the shop's database: its own message store.</summary>
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
        var addresses = instances.Select(instance => ServiceAddresses[instance].ToString()).ToArray();
        file.Write(new { Services = new Dictionary<string, object> { [_module.ToLowerInvariant()] = new { http = addresses } } });
    }

    public async Task StartServiceAsync(int instance)
    {
        _instances[instance] = HostProcess.Start(_database, _serviceSettings, hostDirectory: _artifact, address: ServiceAddresses[instance]);
        await _instances[instance]!.WaitUntilReadyAsync();
    }

    public async Task KillServiceAsync(int instance)
    {
        await Service(instance).KillAsync();
        await Service(instance).DisposeAsync();
        _instances[instance] = null;
    }

    /// <summary>SIGTERM to one instance, as a rolling deployment sends it: its exit code and how long it took to exit.</summary>
    public async Task<(int ExitCode, TimeSpan Took)> StopServiceAsync(int instance, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var service = Service(instance);
        await service.StopAsync(timeout);
        var exit = (service.ExitCode, clock.Elapsed);
        await service.DisposeAsync();
        _instances[instance] = null;
        return exit;
    }

    public async Task StopAsync()
    {
        for (var instance = 0; instance < _instances.Length; instance++)
        {
            if (_instances[instance] is { } service)
            {
                await service.StopAsync();
                await service.DisposeAsync();
                _instances[instance] = null;
            }
        }

        await Shop.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _instances.OfType<HostProcess>())
        {
            await service.DisposeAsync();
        }

        if (Shop is not null)
        {
            await Shop.DisposeAsync();
        }
    }
}
