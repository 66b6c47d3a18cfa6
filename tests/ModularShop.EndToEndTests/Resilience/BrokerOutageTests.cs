using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ModularShop.EndToEndTests.Extraction;
using ModularShop.Testing;
using Xunit.Abstractions;

namespace ModularShop.EndToEndTests.Resilience;

/// <summary>
/// RabbitMQ stops while checkouts keep coming to a shop whose Payments runs in a service of its own. Customers notice
/// nothing: their writes succeed, because the outbox keeps every message; readiness says the broker is away; and once
/// it is back every order completes, none lost and none charged twice.
/// </summary>
public sealed class BrokerOutageTests(ITestOutputHelper output)
{
    [BrokerFact]
    public async Task Checkouts_go_on_while_the_broker_is_down_and_every_order_completes_once_it_is_back()
    {
        await using var rabbitMq = await ScriptedServer.StartRabbitMqAsync();
        await using var database = await TestDatabase.CreateWithBrokerAsync(rabbitMq);
        await using var topology = await ServiceTopology.StartAsync(
            database,
            instances: 1,
            // Orders wait for their steps as long as the outage lasts: this is about losing nothing, not about timeouts.
            shopSettings: ["--Modules:Ordering:StockReservationTimeout=00:10:00", "--Modules:Ordering:PaymentAuthorizationTimeout=00:10:00"]);
        using var anyone = topology.Shop.Client();

        var batch = new CheckoutBatch(customer => topology.Shop.Client(TestTokens.For(customer)), "broker-outage");
        await batch.RunAsync(count: 40, concurrency: 4);

        var outage = Stopwatch.StartNew();
        await rabbitMq.StopAsync();
        var readiness = await Eventually.Until(() => ReadinessAsync(anyone), ready => ready.Broker == "Degraded", "readiness to say the broker is away");
        await batch.RunAsync(count: 60, concurrency: 4, firstIndex: 40);
        var acceptedDuringOutage = batch.Accepted.Count - 40;
        var ordersDuringOutage = database.Count("ordering", "orders");
        await rabbitMq.StartAgainAsync();
        outage.Stop();
        var drain = Stopwatch.StartNew();

        await batch.RunAsync(count: 20, concurrency: 4, firstIndex: 100);
        var ended = await OrderAudit.FinalStatesAsync(customer => topology.Shop.Client(TestTokens.For(customer)), batch.Accepted, TimeSpan.FromMinutes(3));
        drain.Stop();
        var readinessAfter = await Eventually.Until(() => ReadinessAsync(anyone), ready => ready.Broker == "Healthy", "readiness to see the broker again", TimeSpan.FromSeconds(60));
        output.WriteLine(
            $"RabbitMQ was down for {outage.Elapsed.TotalSeconds:0.0} s; {acceptedDuringOutage} checkouts were accepted meanwhile (Ordering had {ordersDuringOutage} orders when it came back), and readiness said {readiness.Status} ({readiness.BrokerDescription}). " +
            $"Every one of {batch.Accepted.Count} orders was final {drain.Elapsed.TotalSeconds:0.0} s after the broker came back; readiness then said {readinessAfter.Status}. Answers: {batch.Summary}.");

        readiness.HttpStatus.ShouldBe(HttpStatusCode.OK, "a shop whose broker is away still takes traffic");
        batch.Defects.ShouldBeEmpty();
        acceptedDuringOutage.ShouldBe(60, "every checkout made while the broker was away is accepted");
        batch.Accepted.Count.ShouldBe(120);
        OrderAudit.EveryOrderEndedAsItsCardSays(batch.Accepted, ended);
        OrderAudit.NoOrderBeyondTheAccepted(database, batch.Accepted);
        await OrderAudit.StockAgreesAsync(anyone, ended);
        OrderAudit.PaymentsAgree(database, ended, "wolverine", "wolverine_payments");
    }

    private static async Task<Readiness> ReadinessAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var broker = body.RootElement.GetProperty("checks").GetProperty("broker");
        return new Readiness(response.StatusCode, body.RootElement.GetProperty("status").GetString(), broker.GetProperty("status").GetString(), broker.GetProperty("description").GetString());
    }

    private sealed record Readiness(HttpStatusCode HttpStatus, string? Status, string? Broker, string? BrokerDescription);
}
