using System.Diagnostics;
using System.Net;
using ModularShop.Testing;
using Xunit.Abstractions;

namespace ModularShop.EndToEndTests.Resilience;

/// <summary>
/// PostgreSQL goes away for a few seconds while checkouts keep coming. Calls during the outage get a 503 problem (not
/// a 500, not a hang), a refused checkout writes nothing, and the shop recovers by itself: every accepted order ends
/// as its card says, with stock and payments that agree.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    [PostgreSqlFact]
    public async Task Checkouts_while_the_database_restarts_get_503s_lose_nothing_and_the_shop_recovers_without_a_restart()
    {
        await using var postgres = await ScriptedServer.StartPostgresAsync();
        await using var database = await TestDatabase.CreateOnAsync(postgres);
        await using var shop = HostProcess.Start(database, ["--Modules:Catalog:SeedDemoProducts=true"]);
        await shop.WaitUntilReadyAsync();
        await Demo.WaitUntilTheCatalogIsKnownAsync(database);
        using var anyone = shop.Client();

        var batch = new CheckoutBatch(customer => shop.Client(TestTokens.For(customer)), "db-outage");
        var clock = Stopwatch.StartNew();
        var load = batch.RunAsync(count: 120, concurrency: 6);
        await Eventually.Until(() => batch.Accepted.Count >= 25, "a quarter of the checkouts to be accepted", TimeSpan.FromSeconds(90));

        var outage = Stopwatch.StartNew();
        await postgres.StopAsync();
        await Eventually.Until(async () => (await anyone.GetAsync("/health/ready")).StatusCode == HttpStatusCode.ServiceUnavailable, "readiness to say the database is gone");
        await Task.Delay(TimeSpan.FromSeconds(3));
        await postgres.StartAgainAsync();
        outage.Stop();
        await Eventually.Until(async () => (await anyone.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "readiness to recover by itself", TimeSpan.FromSeconds(60));
        var recovered = outage.Elapsed;

        await load;
        var placedIn = clock.Elapsed;
        var ended = await OrderAudit.FinalStatesAsync(customer => shop.Client(TestTokens.For(customer)), batch.Accepted, TimeSpan.FromMinutes(2));
        output.WriteLine($"Database down for {outage.Elapsed.TotalSeconds:0.0} s, the shop ready again {recovered.TotalSeconds:0.0} s after it went; {batch.Accepted.Count} checkouts accepted in {placedIn.TotalSeconds:0.0} s, every order final {clock.Elapsed.TotalSeconds:0.0} s after the first. Answers: {batch.Summary}.");

        shop.HasExited.ShouldBeFalse("the shop recovers without a restart");
        batch.Defects.ShouldBeEmpty();
        batch.Unavailable.ShouldBeGreaterThan(0, "calls must have met the outage, or this test proves nothing");
        batch.Accepted.Count.ShouldBe(120);
        OrderAudit.EveryOrderEndedAsItsCardSays(batch.Accepted, ended);
        OrderAudit.NoOrderBeyondTheAccepted(database, batch.Accepted);
        await OrderAudit.StockAgreesAsync(anyone, ended);
        OrderAudit.PaymentsAgree(database, ended);
    }
}
