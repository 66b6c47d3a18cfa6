using System.Net;
using System.Reflection;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Payments;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Extraction;

/// <summary>The Payments service as published on its own: what it carries, and that it runs Payments and nothing else.</summary>
public sealed class ServiceArtifactTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private string _artifact = null!;

    public async Task InitializeAsync()
    {
        _artifact = await ServiceArtifact.PublishAsync("Payments");
        _database = await TestDatabase.CreateAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public void It_carries_payments_the_building_blocks_and_only_the_contracts_payments_uses()
    {
        var carried = Directory.GetFiles(_artifact, "ModularShop.*.dll").Select(Path.GetFileNameWithoutExtension).ToList();
        var contractsPaymentsUses = typeof(PaymentsModule).Assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.EndsWith(".Contracts", StringComparison.Ordinal))
            .ToList();

        carried.ShouldContain("ModularShop.Host");
        carried.ShouldContain("ModularShop.BuildingBlocks");
        carried.ShouldContain("ModularShop.Modules.Payments");
        carried.Where(name => name!.StartsWith("ModularShop.Modules.", StringComparison.Ordinal) && name != "ModularShop.Modules.Payments")
            .ShouldAllBe(name => contractsPaymentsUses.Contains(name!), "another module's implementation must not ship with the Payments service");
    }

    [Fact]
    public void It_carries_no_compiler_and_only_the_native_libraries_of_the_platform_it_was_published_on()
    {
        // Wolverine's handler code is compiled into the host ahead of time, and the publish names its platform.
        Directory.GetFiles(_artifact, "Microsoft.CodeAnalysis*.dll").ShouldBeEmpty("no process compiles C# at run time");
        Directory.Exists(Path.Combine(_artifact, "runtimes")).ShouldBeFalse("native libraries for other platforms must not ship");
    }

    [Fact]
    public async Task It_runs_as_the_payments_service_and_serves_nothing_of_the_other_modules()
    {
        if (_database.Provider == DatabaseProvider.PostgreSql)
        {
            await ServiceTopology.ProvisionAsync(_database, _artifact);
        }

        await using var payments = HostProcess.Start(_database, hostDirectory: _artifact);
        await payments.WaitUntilReadyAsync();
        using var customer = payments.Client(TestTokens.For("kim"));
        var orderId = Guid.NewGuid();

        var payment = await customer.GetAsync($"/api/payments/{orderId}");
        var catalog = await customer.GetAsync("/api/catalog/products");
        var orders = await customer.GetAsync("/api/orders");

        payment.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await payment.ReadProblemAsync()).Detail.ShouldBe($"Payment for order '{orderId}' was not found.");
        catalog.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        orders.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        payments.Output.ShouldContain("modularshop-payments runs Payments on");
        _database.TablesOf("catalog").ShouldBe(0, "the Payments service migrates its own schema, and no other");
    }

    [Fact]
    public async Task Its_migrate_command_knows_only_the_payments_migrations()
    {
        await using var list = HostProcess.Start(_database, command: "migrate list", hostDirectory: _artifact);

        (await list.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(0, list.Output);
        list.Output.ShouldContain("Payments");
        list.Output.ShouldNotContain("Catalog");
        list.Output.ShouldNotContain("Ordering");
    }
}
