using System.Diagnostics;
using System.Net;
using ModularShop.EndToEndTests.Extraction;
using ModularShop.EndToEndTests.Resilience;
using ModularShop.Testing;
using Xunit.Abstractions;

namespace ModularShop.EndToEndTests.Upgrades;

/// <summary>
/// A rolling update of a module that runs elsewhere: its two instances replaced one at a time, each stopped with
/// SIGTERM and started again, while customers check out and read their payments through the shop's gateway. One
/// instance serves while the other is replaced, readiness tells the gateway which, and the broker holds the messages.
/// </summary>
public sealed class RollingUpdateTests(ITestOutputHelper output)
{
    [BrokerFact]
    public async Task Payments_replaced_one_instance_at_a_time_during_checkouts_loses_nothing_and_fails_no_call()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var topology = await ServiceTopology.StartAsync(
            database,
            instances: 2,
            shopSettings: [ScrapedGatewayRetries.Setting],
            serviceSettings: ["--Modules:Payments:SimulatorLatency=00:00:00.300", .. StopGrace.Settings]);
        var batch = new CheckoutBatch(customer => topology.Shop.Client(TestTokens.For(customer)), "rolling");
        using var reading = new CancellationTokenSource();
        var reads = PaymentReads.UntilStoppedAsync(topology, batch, reading.Token);
        var load = batch.RunAsync(count: 60, concurrency: 4);
        await batch.UntilPaymentsAreInFlightAsync(database, 5);

        var clock = Stopwatch.StartNew();
        var exits = new List<int>();
        for (var instance = 0; instance < 2; instance++)
        {
            // As a rollout waits for its load balancer: the next instance goes only once the gateway sends to both.
            await UntilTheGatewaySendsToBothAsync(topology);
            var (exitCode, took) = await topology.StopServiceAsync(instance, StopGrace.Longest + TimeSpan.FromSeconds(30));
            exits.Add(exitCode);
            await topology.StartServiceAsync(instance);
            output.WriteLine($"Payments instance {instance} stopped in {took.TotalSeconds:0.0} s (exit {exitCode}) and served again {clock.Elapsed.TotalSeconds:0.0} s into the update.");
        }

        await load;
        var ended = await OrderAudit.FinalStatesAsync(customer => topology.Shop.Client(TestTokens.For(customer)), batch.Accepted, TimeSpan.FromMinutes(2));
        await reading.CancelAsync();
        var readAnswers = await reads;
        var sentOn = await ScrapedGatewayRetries.TotalAsync(topology.Shop);
        output.WriteLine($"{batch.Accepted.Count} checkouts ({batch.Summary}); reads of payments through the gateway: {PaymentReads.Summary(readAnswers)}; reads the gateway sent on to another instance: {sentOn}.");

        exits.ShouldAllBe(exit => exit == 0);
        batch.Defects.ShouldBeEmpty();
        batch.Unavailable.ShouldBe(0, "the shop itself is not replaced");
        readAnswers.Keys.ShouldNotContain(HttpStatusCode.ServiceUnavailable, "one instance takes calls while the other is replaced");
        readAnswers.Keys.ShouldAllBe(
            status => status == HttpStatusCode.OK || status == HttpStatusCode.NotFound,
            "a read that reaches an instance in the moment it stops is sent on to the other one");
        readAnswers.Values.Sum().ShouldBeGreaterThan(20);
        OrderAudit.EveryOrderEndedAsItsCardSays(batch.Accepted, ended);
        OrderAudit.NoOrderBeyondTheAccepted(database, batch.Accepted);
        OrderAudit.PaymentsAgree(database, ended, "wolverine", "wolverine_payments");
    }

    private static Task UntilTheGatewaySendsToBothAsync(ServiceTopology topology) =>
        Eventually.Until(
            async () =>
            {
                using var anyone = topology.Shop.Client();
                return (await (await anyone.GetAsync("/health/ready")).Content.ReadAsStringAsync()).Contains("2 of 2 Payments instance(s) take calls", StringComparison.Ordinal);
            },
            "the gateway to send calls to both Payments instances");
}
