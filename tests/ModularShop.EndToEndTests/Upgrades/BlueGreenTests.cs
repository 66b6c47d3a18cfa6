using System.Data.Common;
using System.Diagnostics;
using System.Net;
using ModularShop.EndToEndTests.Extraction;
using ModularShop.EndToEndTests.Resilience;
using ModularShop.Testing;
using Xunit.Abstractions;

namespace ModularShop.EndToEndTests.Upgrades;

/// <summary>
/// Blue-green for a module that runs elsewhere, under load: Payments runs as blue while customers check out and read
/// their payments through the shop's gateway; green starts beside it, the shop's settings file is changed to name
/// green only, without a restart, and blue is stopped with SIGTERM. A read that blue holds at the switch is finished
/// by blue as it drains, every read after the switch goes to green, and no message is lost or handled twice.
/// </summary>
public sealed class BlueGreenTests(ITestOutputHelper output)
{
    private const int Blue = 0;
    private const int Green = 1;

    /// <summary>An operator's read that blue is made to hold: nothing else reads this table while the test runs.</summary>
    private const string HeldRead = "/api/operations/payments/dead-letters";

    [BrokerFact]
    public async Task Payments_moved_from_blue_to_green_under_load_lets_blue_finish_what_it_holds_and_loses_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var instancesFile = new TestSettingsFile(new { });
        await using var topology = await ServiceTopology.StartAsync(
            database,
            instances: 2,
            // The held read waits for the test's lock for seconds: the gateway's attempt timeout must not end it first.
            shopSettings: [ScrapedGatewayRetries.Setting, "--Gateway:AttemptTimeout=00:00:30"],

            // The gauges' sampler reads the dead letters too: not while the test holds them.
            serviceSettings: ["--Modules:Payments:SimulatorLatency=00:00:01", "--Operations:SampleInterval=00:10:00", .. StopGrace.Settings],
            started: 1,
            instancesFile: instancesFile);
        var batch = new CheckoutBatch(customer => topology.Shop.Client(TestTokens.For(customer)), "blue-green");
        using var reading = new CancellationTokenSource();
        using var checkingOut = new CancellationTokenSource();
        var reads = PaymentReads.UntilStoppedAsync(topology, batch, reading.Token);
        var onBlueAlone = batch.RunAsync(count: 20, concurrency: 4);
        await batch.UntilPaymentsAreInFlightAsync(database, 5);
        await topology.StartServiceAsync(Green);
        await onBlueAlone;
        var load = CheckOutUntilStoppedAsync(batch, firstIndex: 20, checkingOut.Token);
        var blue = topology.Service(Blue);
        var green = topology.Service(Green);
        using var admin = topology.Shop.Client(TestTokens.For("operator", "admin"));

        var clock = Stopwatch.StartNew();
        Task<HttpResponseMessage> held;
        Task<(int ExitCode, TimeSpan Took)> stopping;
        List<(string Path, HttpStatusCode Status)> afterTheSwitch;
        TimeSpan switched, refused;
        long paymentsInFlight;
        using (HoldReadsOfBlueDeadLetters(database))
        {
            held = admin.GetAsync(HeldRead);
            await UntilBlueWaitsWithTheReadAsync(database);
            topology.SendCallsTo(Green);
            await UntilTheGatewaySendsOnlyToAsync(topology, Green, Blue);
            switched = clock.Elapsed;
            afterTheSwitch = await ReadUnknownPaymentsAsync(admin, 10);

            await batch.UntilPaymentsAreInFlightAsync(database, batch.Accepted.Count);
            paymentsInFlight = database.Count("ordering", "orders", "status = 'AwaitingPayment'");
            stopping = topology.StopServiceAsync(Blue, StopGrace.Longest + TimeSpan.FromSeconds(30));
            await UntilNothingListensAtAsync(topology.ServiceAddresses[Blue]);
            refused = clock.Elapsed;
        }

        using var heldAnswer = await held;
        var answered = clock.Elapsed;
        var (exitCode, took) = await stopping;
        var acceptedWhenBlueStopped = batch.Accepted.Count;
        await batch.UntilPaymentsAreInFlightAsync(database, acceptedWhenBlueStopped + 4);
        await checkingOut.CancelAsync();
        output.WriteLine($"Switched to green {switched.TotalSeconds:0.0} s after blue took the held read; SIGTERM to blue with {paymentsInFlight} order(s) awaiting payment; blue refused connections at {refused.TotalSeconds:0.0} s and answered the held read {(int)heldAnswer.StatusCode} at {answered.TotalSeconds:0.0} s; blue exited {exitCode} after {took.TotalSeconds:0.0} s.");

        await load;
        var ended = await OrderAudit.FinalStatesAsync(customer => topology.Shop.Client(TestTokens.For(customer)), batch.Accepted, TimeSpan.FromMinutes(2));
        await reading.CancelAsync();
        var readAnswers = await reads;
        var sentOn = await ScrapedGatewayRetries.TotalAsync(topology.Shop);
        output.WriteLine($"{batch.Accepted.Count} checkouts, {acceptedWhenBlueStopped} of them accepted before blue exited ({batch.Summary}); reads of payments through the gateway: {PaymentReads.Summary(readAnswers)}; reads the gateway sent on to another instance: {sentOn}.");

        paymentsInFlight.ShouldBeGreaterThan(0, "blue must be stopped while payments are in flight, or this test proves nothing");
        heldAnswer.StatusCode.ShouldBe(HttpStatusCode.OK, "blue finishes the read it held when the gateway moved to green");
        blue.Output.ShouldContain($"HTTP GET {HeldRead} responded 200");
        green.Output.ShouldNotContain(HeldRead);
        exitCode.ShouldBe(0, blue.Output);
        took.ShouldBeLessThan(StopGrace.Longest + TimeSpan.FromSeconds(5), "the stop keeps to its grace period");
        afterTheSwitch.ShouldAllBe(read => read.Status == HttpStatusCode.NotFound);
        afterTheSwitch.ShouldAllBe(read => green.Output.Contains($"HTTP GET {read.Path} responded 404", StringComparison.Ordinal), "green answers every read after the switch");
        afterTheSwitch.ShouldAllBe(read => !blue.Output.Contains(read.Path, StringComparison.Ordinal), "blue gets no read after the switch");
        readAnswers.Keys.ShouldAllBe(status => status == HttpStatusCode.OK || status == HttpStatusCode.NotFound);
        readAnswers.Values.Sum().ShouldBeGreaterThan(20);
        batch.Defects.ShouldBeEmpty();
        batch.Unavailable.ShouldBe(0, "the shop itself is not replaced");
        OrderAudit.EveryOrderEndedAsItsCardSays(batch.Accepted, ended);
        OrderAudit.NoOrderBeyondTheAccepted(database, batch.Accepted);
        OrderAudit.PaymentsAgree(database, ended, "wolverine", "wolverine_payments");
    }

    /// <summary>Checkouts four at a time, at a customer's pace, until told to stop: they go on through the switch and blue's stop.</summary>
    private static async Task CheckOutUntilStoppedAsync(CheckoutBatch batch, int firstIndex, CancellationToken stop)
    {
        // The demo stock holds 250 units of the products a batch buys, one per checkout.
        for (var next = firstIndex; next < 240 && !stop.IsCancellationRequested; next += 4)
        {
            await batch.RunAsync(count: 4, concurrency: 4, firstIndex: next);
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Until disposed, a read of Payments' dead letters waits in the database, as a slow query would.</summary>
    private static DbConnection HoldReadsOfBlueDeadLetters(TestDatabase database)
    {
        var connection = database.Open();
        connection.Execute("BEGIN; LOCK TABLE wolverine_payments.wolverine_dead_letters IN ACCESS EXCLUSIVE MODE;");
        return connection;
    }

    /// <summary>The gateway knows blue only at this point, so the query waiting for the lock is blue's.</summary>
    private static Task UntilBlueWaitsWithTheReadAsync(TestDatabase database) =>
        Eventually.Until(
            () =>
            {
                using var db = database.Open();
                return db.Scalar("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%wolverine_dead_letters%'
                    """) >= 1;
            },
            "blue to be reading its dead letters, held by the test's lock");

    private static Task UntilTheGatewaySendsOnlyToAsync(ServiceTopology topology, int instance, int gone) =>
        Eventually.Until(
            async () =>
            {
                using var anyone = topology.Shop.Client();
                var readiness = await (await anyone.GetAsync("/health/ready")).Content.ReadAsStringAsync();
                return readiness.Contains("1 of 1 Payments instance(s) take calls", StringComparison.Ordinal)
                    && readiness.Contains(topology.ServiceAddresses[instance].Authority, StringComparison.Ordinal)
                    && !readiness.Contains(topology.ServiceAddresses[gone].Authority, StringComparison.Ordinal);
            },
            $"the gateway to send calls to Payments instance {instance} only");

    /// <summary>Reads of payments that do not exist, each on a path of its own, so that each instance's request log tells who answered it.</summary>
    private static async Task<List<(string Path, HttpStatusCode Status)>> ReadUnknownPaymentsAsync(HttpClient admin, int count)
    {
        var reads = new List<(string Path, HttpStatusCode Status)>();
        for (var read = 0; read < count; read++)
        {
            var path = $"/api/payments/{Guid.NewGuid()}";
            reads.Add((path, (await admin.GetAsync(path)).StatusCode));
        }

        return reads;
    }

    /// <summary>Until a new connection to the address is refused: the instance has stopped taking requests and only finishes those it has.</summary>
    private static Task UntilNothingListensAtAsync(Uri address) =>
        Eventually.Until(
            async () =>
            {
                try
                {
                    using var probe = HostProcess.ClientAt(address);
                    await probe.GetAsync("/health/live");
                    return false;
                }
                catch (HttpRequestException)
                {
                    return true;
                }
            },
            "blue to stop taking connections",
            StopGrace.Longest);
}
