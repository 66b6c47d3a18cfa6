using System.Diagnostics;
using ModularShop.Testing;
using Xunit.Abstractions;

namespace ModularShop.EndToEndTests.Resilience;

/// <summary>
/// kill -9 of a shop on PostgreSQL that runs with the settings a user gets, durability and checkout step timeouts
/// included, while checkouts are coming and payments are in flight. The restarted shop takes over at once what the dead
/// one held, so every order ends Confirmed: none is cancelled by a step timeout.
/// </summary>
public sealed class CrashDefaultsTests(ITestOutputHelper output)
{
    [PostgreSqlFact]
    public async Task A_shop_killed_during_checkouts_with_the_default_settings_confirms_every_order_after_a_restart()
    {
        await using var database = await TestDatabase.CreateAsync();
        var address = HostProcess.FreeAddress();
        string[] settings = ["--Modules:Catalog:SeedDemoProducts=true", "--Modules:Payments:SimulatorLatency=00:00:01"];
        var first = HostProcess.Start(database, settings, address: address);
        await first.WaitUntilReadyAsync();
        await Demo.WaitUntilTheCatalogIsKnownAsync(database);

        var batch = new CheckoutBatch(customer => HostProcess.ClientAt(address, TestTokens.For(customer)), "crash-defaults", declineSome: false);
        var load = batch.RunAsync(count: 40, concurrency: 6);
        await batch.UntilPaymentsAreInFlightAsync(database, 12);

        await first.KillAsync();
        var sinceKill = Stopwatch.StartNew();
        var inFlight = batch.Accepted.ToList();
        var unfinished = database.Count("ordering", "orders", "status IN ('Pending', 'AwaitingPayment')");
        var finalAtKill = database.Count("ordering", "orders", "status IN ('Confirmed', 'Cancelled')");
        await first.DisposeAsync();

        await using var second = HostProcess.Start(database, settings, address: address);
        await second.WaitUntilReadyAsync();
        var restarted = sinceKill.Elapsed;
        await Eventually.Until(
            () => database.Count("ordering", "orders", "status IN ('Confirmed', 'Cancelled')") > finalAtKill,
            "the first order held by the dead process to be final",
            TimeSpan.FromMinutes(1));
        var firstRecovered = sinceKill.Elapsed;
        await OrderAudit.FinalStatesAsync(customer => HostProcess.ClientAt(address, TestTokens.For(customer)), inFlight, TimeSpan.FromMinutes(2));
        var recovered = sinceKill.Elapsed;
        await load;
        var ended = await OrderAudit.FinalStatesAsync(customer => HostProcess.ClientAt(address, TestTokens.For(customer)), batch.Accepted, TimeSpan.FromMinutes(2));
        output.WriteLine(
            $"kill -9 with {inFlight.Count} checkouts accepted, {unfinished} of them orders not yet final; the new process was ready {restarted.TotalSeconds:0.0} s after the kill, " +
            $"the first of those orders was final {firstRecovered.TotalSeconds:0.0} s after it, and the last {recovered.TotalSeconds:0.0} s after it (payments take 1 s each). Answers: {batch.Summary}.");

        unfinished.ShouldBeGreaterThan(0, "the process must die with orders in flight, or this test proves nothing");
        batch.Defects.ShouldBeEmpty();
        ended.ShouldAllBe(order => order.Status == "Confirmed", "no order may be cancelled by a step timeout while the shop recovers");
        OrderAudit.NoOrderBeyondTheAccepted(database, batch.Accepted);
        using var anyone = HostProcess.ClientAt(address);
        await OrderAudit.StockAgreesAsync(anyone, ended);
        OrderAudit.PaymentsAgree(database, ended);
    }
}
