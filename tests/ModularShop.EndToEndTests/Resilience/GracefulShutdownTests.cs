using System.Diagnostics;
using System.Net;
using ModularShop.EndToEndTests.Extraction;
using ModularShop.Testing;
using Xunit.Abstractions;

namespace ModularShop.EndToEndTests.Resilience;

/// <summary>
/// SIGTERM while checkouts are coming and payments are in flight, as an orchestrator stops a process in a rolling
/// deployment: readiness fails first while the shop still serves, what it took is finished or handed back, it exits
/// with 0 within its grace period, and whoever comes after finishes the rest. Nothing is lost.
/// </summary>
public sealed class GracefulShutdownTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_shop_stopped_during_checkouts_exits_0_in_its_grace_period_and_the_next_one_finishes_every_order()
    {
        await using var database = await TestDatabase.CreateAsync();
        var address = HostProcess.FreeAddress();
        string[] settings = ["--Modules:Catalog:SeedDemoProducts=true", "--Modules:Payments:SimulatorLatency=00:00:01", .. StopGrace.Settings];
        var first = HostProcess.Start(database, settings, address: address);
        await first.WaitUntilReadyAsync();
        await Demo.WaitUntilTheCatalogIsKnownAsync(database);

        var batch = new CheckoutBatch(customer => HostProcess.ClientAt(address, TestTokens.For(customer)), "sigterm");
        var load = batch.RunAsync(count: 80, concurrency: 4);
        await batch.UntilPaymentsAreInFlightAsync(database, 15);

        var clock = Stopwatch.StartNew();
        var acceptedBefore = batch.Accepted.Count;
        var stopping = first.StopAsync(StopGrace.Longest + TimeSpan.FromSeconds(30));
        var (readiness, catalog, closes) = await WhileDrainingAsync(address);
        await stopping;
        var took = clock.Elapsed;
        output.WriteLine($"SIGTERM after {acceptedBefore} accepted checkouts: readiness answered {readiness} while the catalog answered {catalog}; exited with {first.ExitCode} after {took.TotalSeconds:0.0} s.");

        acceptedBefore.ShouldBeLessThan(80, "the stop must come while checkouts are still coming, or this test proves nothing");
        first.ExitCode.ShouldBe(0, first.Output);
        took.ShouldBeLessThan(StopGrace.Longest + TimeSpan.FromSeconds(5), "the stop keeps to its grace period");
        readiness.ShouldBe(HttpStatusCode.ServiceUnavailable, "readiness fails first");
        catalog.ShouldBe(HttpStatusCode.OK, "the shop still serves while readiness fails");
        closes.ShouldBeTrue("answers while draining ask the client to open its next connection elsewhere");
        first.Output.ShouldContain("Stopped: every request was answered");
        await first.DisposeAsync();

        await using var second = HostProcess.Start(database, settings, address: address);
        await second.WaitUntilReadyAsync();
        await load;
        var ended = await OrderAudit.FinalStatesAsync(customer => HostProcess.ClientAt(address, TestTokens.For(customer)), batch.Accepted, TimeSpan.FromMinutes(2));
        output.WriteLine($"Every one of {batch.Accepted.Count} orders final {clock.Elapsed.TotalSeconds:0.0} s after SIGTERM. Answers: {batch.Summary}.");

        batch.Defects.ShouldBeEmpty();
        batch.Accepted.Count.ShouldBe(80);
        OrderAudit.EveryOrderEndedAsItsCardSays(batch.Accepted, ended);
        OrderAudit.NoOrderBeyondTheAccepted(database, batch.Accepted);
        using var anyone = HostProcess.ClientAt(address);
        await OrderAudit.StockAgreesAsync(anyone, ended);
        OrderAudit.PaymentsAgree(database, ended);
    }

    [BrokerFact]
    public async Task A_payments_instance_stopped_during_checkouts_exits_0_in_its_grace_period_and_the_other_finishes_every_order()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var topology = await ServiceTopology.StartAsync(
            database,
            instances: 2,
            serviceSettings: ["--Modules:Payments:SimulatorLatency=00:00:01.500", .. StopGrace.Settings]);

        var batch = new CheckoutBatch(customer => topology.Shop.Client(TestTokens.For(customer)), "sigterm-payments");
        var load = batch.RunAsync(count: 40, concurrency: 6);
        await batch.UntilPaymentsAreInFlightAsync(database, 10);

        var (exitCode, took) = await topology.StopServiceAsync(0, StopGrace.Longest + TimeSpan.FromSeconds(30));
        output.WriteLine($"Payments instance 0 got SIGTERM after {batch.Accepted.Count} accepted checkouts and exited with {exitCode} after {took.TotalSeconds:0.0} s.");
        exitCode.ShouldBe(0);
        took.ShouldBeLessThan(StopGrace.Longest + TimeSpan.FromSeconds(5), "the stop keeps to its grace period");

        await load;
        var clock = Stopwatch.StartNew();
        var ended = await OrderAudit.FinalStatesAsync(customer => topology.Shop.Client(TestTokens.For(customer)), batch.Accepted, TimeSpan.FromMinutes(2));
        output.WriteLine($"Every one of {batch.Accepted.Count} orders final {clock.Elapsed.TotalSeconds:0.0} s after the last checkout. Answers: {batch.Summary}.");

        batch.Defects.ShouldBeEmpty();
        OrderAudit.EveryOrderEndedAsItsCardSays(batch.Accepted, ended);
        OrderAudit.NoOrderBeyondTheAccepted(database, batch.Accepted);
        using var anyone = topology.Shop.Client();
        await OrderAudit.StockAgreesAsync(anyone, ended);
        OrderAudit.PaymentsAgree(database, ended, "wolverine", "wolverine_payments");
    }

    /// <summary>Right after SIGTERM: what readiness says, whether a customer's call is still served, and whether it closes its connection.</summary>
    private static async Task<(HttpStatusCode? Readiness, HttpStatusCode? Catalog, bool Closes)> WhileDrainingAsync(Uri address)
    {
        using var client = HostProcess.ClientAt(address);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(2))
        {
            try
            {
                var readiness = (await client.GetAsync("/health/ready")).StatusCode;
                if (readiness == HttpStatusCode.ServiceUnavailable)
                {
                    using var catalog = await client.GetAsync("/api/catalog/products");
                    return (readiness, catalog.StatusCode, catalog.Headers.ConnectionClose == true);
                }
            }
            catch (HttpRequestException)
            {
                return (null, null, false);
            }

            await Task.Delay(20);
        }

        return (HttpStatusCode.OK, null, false);
    }
}
