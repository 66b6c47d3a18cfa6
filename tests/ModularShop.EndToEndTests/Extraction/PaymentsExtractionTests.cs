using System.Diagnostics;
using System.Net;
using ModularShop.Testing;
using Xunit.Abstractions;

namespace ModularShop.EndToEndTests.Extraction;

/// <summary>
/// Payments leaves the shop and runs as its own service, in two instances, and comes back, by configuration alone:
/// orders complete either way, a dead instance loses nothing, and no card is charged twice.
/// </summary>
public sealed class PaymentsExtractionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly Guid[] Products = Checkout.StockedProducts;

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [BrokerFact]
    public async Task Checkouts_complete_through_two_payments_services_and_killing_one_midway_loses_nothing()
    {
        // The default step timeouts and durability: the surviving instance takes over what the dead one held well
        // before an order waiting for its payment gives up.
        await using var topology = await ServiceTopology.StartAsync(
            _database,
            instances: 2,
            // A slow provider keeps authorizations in flight when an instance dies.
            serviceSettings: ["--Modules:Payments:SimulatorLatency=00:00:01.500"]);

        var clock = Stopwatch.StartNew();
        var placed = new List<PlacedOrder>();
        for (var index = 0; index < 12; index++)
        {
            if (index == 6)
            {
                // Midway, and while the provider is being asked for payments, so the dead instance may hold some.
                await Eventually.Until(
                    () => _database.Count("ordering", "orders", "status = 'AwaitingPayment'") > 0,
                    "an order to wait for its payment",
                    TimeSpan.FromSeconds(60));
                await topology.KillServiceAsync(0);
                output.WriteLine($"Payments instance 0 killed after {placed.Count} checkouts; orders then: {OrderStates()}.");
            }

            placed.Add(await PlaceAsync(topology.Shop, $"extracted-{index}", index % 4 == 3 ? "tok_decline" : "tok_visa", index));
        }

        var ended = await FinalStatesAsync(topology.Shop, placed);
        output.WriteLine($"All {placed.Count} orders ended {clock.Elapsed.TotalSeconds:F1} s after the first checkout: {OrderStates()}.");

        ended.Where(order => order.Placed.Token == "tok_visa").ShouldAllBe(order => order.Status == "Confirmed");
        ended.Where(order => order.Placed.Token == "tok_decline").ShouldAllBe(order => order.Status == "Cancelled");
        await AssertPaymentsAgreeAsync(topology.Shop, ended);
        AssertNoDeadLetters("wolverine", "wolverine_payments");

        // The gateway spread the calls for payments over the instances it had.
        topology.Service(1).Output.ShouldContain("GET /api/payments/");
    }

    [BrokerFact]
    public async Task With_every_payments_instance_down_orders_wait_and_the_gateway_answers_503_until_one_is_back()
    {
        await using var topology = await ServiceTopology.StartAsync(
            _database,
            instances: 1,
            shopSettings: ["--Modules:Ordering:PaymentAuthorizationTimeout=00:10:00"]);
        var before = await PlaceAsync(topology.Shop, "waiting-0", "tok_visa", 0);
        (await FinalStatesAsync(topology.Shop, [before])).Single().Status.ShouldBe("Confirmed");

        await topology.KillServiceAsync(0);

        using var customer = topology.Shop.Client(TestTokens.For(before.Customer));
        var refusal = await Eventually.Until(
            () => customer.GetAsync($"/api/payments/{before.OrderId}"),
            response => response.StatusCode == HttpStatusCode.ServiceUnavailable,
            "the gateway to find no healthy Payments instance");
        refusal.Headers.RetryAfter.ShouldNotBeNull();
        var problem = await refusal.ReadAsync<ProblemBody>();
        problem.Title.ShouldBe("Payments is unavailable");
        problem.Status.ShouldBe(503);

        var waiting = new List<PlacedOrder>();
        for (var index = 1; index <= 3; index++)
        {
            waiting.Add(await PlaceAsync(topology.Shop, $"waiting-{index}", "tok_visa", index));
        }

        foreach (var order in waiting)
        {
            await WaitForStatusAsync(topology.Shop, order, "AwaitingPayment");
        }

        await Task.Delay(TimeSpan.FromSeconds(3));
        foreach (var order in waiting)
        {
            (await StatusAsync(topology.Shop, order)).ShouldBe("AwaitingPayment", "with no Payments instance, an order waits for its payment");
        }

        await topology.StartServiceAsync(0);

        var ended = await FinalStatesAsync(topology.Shop, waiting);
        ended.ShouldAllBe(order => order.Status == "Confirmed");
        await AssertPaymentsAgreeAsync(topology.Shop, [.. ended, .. await FinalStatesAsync(topology.Shop, [before])]);
    }

    [BrokerFact]
    public async Task Payments_moves_back_into_the_shop_by_configuration_and_checkouts_still_complete()
    {
        var placed = new List<PlacedOrder>();
        await using (var topology = await ServiceTopology.StartAsync(_database, instances: 1))
        {
            placed.Add(await PlaceAsync(topology.Shop, "moving-0", "tok_visa", 0));
            placed.Add(await PlaceAsync(topology.Shop, "moving-1", "tok_visa", 1));
            (await FinalStatesAsync(topology.Shop, placed)).ShouldAllBe(order => order.Status == "Confirmed");
            await topology.StopAsync();
        }

        // The same shop, the same database and broker, without the settings that sent Payments elsewhere.
        await using var shop = HostProcess.Start(_database, ["--Modules:Catalog:SeedDemoProducts=true"]);
        await shop.WaitUntilReadyAsync();
        for (var index = 2; index < 6; index++)
        {
            placed.Add(await PlaceAsync(shop, $"moving-{index}", index == 5 ? "tok_decline" : "tok_visa", index));
        }

        var ended = await FinalStatesAsync(shop, placed);
        ended.Where(order => order.Placed.Token == "tok_visa").ShouldAllBe(order => order.Status == "Confirmed");
        ended.Where(order => order.Placed.Token == "tok_decline").ShouldAllBe(order => order.Status == "Cancelled");
        await AssertPaymentsAgreeAsync(shop, ended);
        AssertNoDeadLetters("wolverine", "wolverine_payments");
    }

    private static async Task<PlacedOrder> PlaceAsync(HostProcess shop, string customer, string token, int index)
    {
        using var client = shop.Client(TestTokens.For(customer));
        var orderId = await Checkout.PlaceAsync(client, token, (Products[index % Products.Length], 1), (Products[(index + 2) % Products.Length], 1));
        return new PlacedOrder(customer, orderId, token);
    }

    private static async Task<List<EndedOrder>> FinalStatesAsync(HostProcess shop, IEnumerable<PlacedOrder> placed)
    {
        var ended = new List<EndedOrder>();
        foreach (var order in placed)
        {
            using var client = shop.Client(TestTokens.For(order.Customer));
            var body = await Checkout.FinalStateAsync(client, order.OrderId, TimeSpan.FromSeconds(120));
            ended.Add(new EndedOrder(order, body.Status, body.Total));
        }

        return ended;
    }

    private static async Task<PaymentAnswer> PaymentAnswerAsync(HttpClient client, Guid orderId)
    {
        var response = await client.GetAsync($"/api/payments/{orderId}");
        return response.StatusCode switch
        {
            HttpStatusCode.OK => new PaymentAnswer(response.StatusCode, await response.ReadAsync<PaymentBody>()),
            HttpStatusCode.NotFound or HttpStatusCode.ServiceUnavailable => new PaymentAnswer(response.StatusCode, null),
            _ => throw new InvalidOperationException($"GET /api/payments/{orderId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}"),
        };
    }

    private static async Task<string?> StatusAsync(HostProcess shop, PlacedOrder order)
    {
        using var client = shop.Client(TestTokens.For(order.Customer));
        var response = await client.GetAsync($"/api/orders/{order.OrderId}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : (await response.ReadAsync<OrderBody>()).Status;
    }

    private static async Task WaitForStatusAsync(HostProcess shop, PlacedOrder order, string status) =>
        await Eventually.Until(async () => await StatusAsync(shop, order) == status, $"order {order.OrderId} to be {status}", TimeSpan.FromSeconds(60));

    /// <summary>
    /// Through the shop (and its gateway, when Payments is elsewhere): a confirmed order holds its total on the card,
    /// once; a cancelled one holds nothing. The simulated provider's ledger shows at most one charge per order.
    /// </summary>
    private async Task AssertPaymentsAgreeAsync(HostProcess shop, IEnumerable<EndedOrder> ended)
    {
        foreach (var order in ended)
        {
            using var client = shop.Client(TestTokens.For(order.Placed.Customer));
            var answer = await Eventually.Until(
                () => PaymentAnswerAsync(client, order.Placed.OrderId),
                // An instance that has just started takes calls from the gateway once its next health probe passes;
                // until then the gateway answers 503, which is not the answer this waits for.
                found => found.Status != HttpStatusCode.ServiceUnavailable && (order.Status != "Confirmed" || found.Payment?.Status == "Authorized"),
                $"the payment of order {order.Placed.OrderId}");
            var payment = answer.Payment;
            if (order.Status == "Confirmed")
            {
                payment!.Amount.ShouldBe(order.Total);
            }
            else
            {
                payment?.Status.ShouldNotBe("Authorized");
            }

            var key = $"idempotency_key = '{order.Placed.OrderId}'";
            _database.Count("payments", "simulator_ledger", key).ShouldBeLessThanOrEqualTo(1, $"provider calls for order {order.Placed.OrderId}");
            _database.Count("payments", "simulator_ledger", $"{key} AND approved = TRUE AND voided = FALSE")
                .ShouldBe(order.Status == "Confirmed" ? 1 : 0, $"money held for order {order.Placed.OrderId} ({order.Status})");
        }
    }

    private void AssertNoDeadLetters(params string[] stores)
    {
        using var db = _database.Open();
        foreach (var store in stores)
        {
            db.Scalar($"SELECT count(*) FROM {store}.wolverine_dead_letters").ShouldBe(0, $"dead letters in {store}");
        }
    }

    private string OrderStates() =>
        string.Join(", ", new[] { "Pending", "AwaitingPayment", "Confirmed", "Cancelled" }
            .Select(status => $"{status} {_database.Count("ordering", "orders", $"status = '{status}'")}"));

    private sealed record PlacedOrder(string Customer, Guid OrderId, string Token);

    private sealed record EndedOrder(PlacedOrder Placed, string Status, decimal Total);

    private sealed record PaymentAnswer(HttpStatusCode Status, PaymentBody? Payment);

    private sealed record ProblemBody(string Title, int Status, string? Detail);
}
