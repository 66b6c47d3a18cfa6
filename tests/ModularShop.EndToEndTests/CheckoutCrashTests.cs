using System.Net;
using ModularShop.EndToEndTests.Resilience;
using ModularShop.Testing;
using Xunit.Abstractions;

namespace ModularShop.EndToEndTests;

/// <summary>
/// A real host process is killed (SIGKILL) while checkouts are between their steps, then restarted on the same
/// database. Every order must end Confirmed or Cancelled, with stock and payments that agree with how it ended, and
/// every parcel that left must be paid for, once.
/// </summary>
public sealed class CheckoutCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly Guid[] Products = Checkout.StockedProducts;
    private static readonly string[] Settings =
    [
        "--Modules:Catalog:SeedDemoProducts=true",

        // A slow provider keeps orders waiting on their payment when the process dies.
        "--Modules:Payments:SimulatorLatency=00:00:01.500",

        // The checkout steps wait out the restart however long a busy machine takes over it, so an order can only fail
        // to be confirmed here because a message was lost, not because a step timed out while the shop was down.
        "--Modules:Ordering:StockReservationTimeout=00:10:00",
        "--Modules:Ordering:PaymentAuthorizationTimeout=00:10:00",
    ];

    /// <summary>The simulated provider's record of a capture it made.</summary>
    private const string CapturedInTheLedger = "captured_at IS NOT NULL";

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Orders_in_flight_when_the_process_dies_all_end_consistently_after_a_restart()
    {
        var placed = new List<(string Customer, Guid OrderId, string Token)>();
        await using (var first = HostProcess.Start(_database, Settings))
        {
            await first.WaitUntilReadyAsync();
            await Demo.WaitUntilInventoryStocksTheCatalogAsync(_database);
            await Demo.WaitUntilCartKnowsTheCatalogAsync(_database);

            for (var index = 0; index < 8; index++)
            {
                var customer = $"crash-{index}";
                var token = index % 3 == 2 ? "tok_decline" : "tok_visa";
                using var client = first.Client(TestTokens.For(customer));
                var orderId = await Checkout.PlaceAsync(client, token, (Products[index % Products.Length], 1 + (index % 2)), (Products[(index + 1) % Products.Length], 1));
                placed.Add((customer, orderId, token));
            }

            await first.KillAsync();
        }

        using (var db = _database.Open())
        {
            var states = string.Join(", ", new[] { "Pending", "AwaitingPayment", "Confirmed", "Cancelled" }
                .Select(status => $"{status} {_database.Count("ordering", "orders", $"status = '{status}'")}"));
            output.WriteLine($"When the process died, of {placed.Count} checkouts: {states}; the rest were not orders yet.");

            // Checkouts still in flight: not yet an order, or an order between its steps.
            _database.Count("ordering", "orders", "status IN ('Confirmed', 'Cancelled')")
                .ShouldBeLessThan(placed.Count, "the process must die with checkouts still in flight, or this test proves nothing");
        }

        await using var second = HostProcess.Start(_database, Settings);
        await second.WaitUntilReadyAsync();

        var ended = new List<(OrderBody Order, string Customer, string Token)>();
        foreach (var (customer, orderId, token) in placed)
        {
            using var client = second.Client(TestTokens.For(customer));
            ended.Add((await Checkout.FinalStateAsync(client, orderId, TimeSpan.FromSeconds(90)), customer, token));
        }

        ended.Where(entry => entry.Token == "tok_decline").ShouldAllBe(entry => entry.Order.Status == "Cancelled");
        ended.Where(entry => entry.Token == "tok_visa").ShouldAllBe(entry => entry.Order.Status == "Confirmed");
        using var anyone = second.Client();
        await OrderAudit.StockAgreesAsync(anyone, ended.Select(entry => entry.Order).ToList());
        await AssertPaymentsAgreeAsync(second, ended);
    }

    [Fact]
    public async Task Parcels_shipped_when_the_process_dies_are_captured_exactly_once_after_a_restart()
    {
        var orders = new List<(string Customer, Guid OrderId)>();
        await using (var first = HostProcess.Start(_database, Settings))
        {
            await first.WaitUntilReadyAsync();
            await Demo.WaitUntilInventoryStocksTheCatalogAsync(_database);
            await Demo.WaitUntilCartKnowsTheCatalogAsync(_database);
            using var admin = first.Client(TestTokens.For("warehouse", "admin"));
            for (var index = 0; index < 4; index++)
            {
                var customer = $"shipped-crash-{index}";
                using var client = first.Client(TestTokens.For(customer));
                orders.Add((customer, await Checkout.PlaceAsync(client, "tok_visa", (Products[index % Products.Length], 1))));
            }

            foreach (var (customer, orderId) in orders)
            {
                using var client = first.Client(TestTokens.For(customer));
                (await Checkout.FinalStateAsync(client, orderId, TimeSpan.FromSeconds(90))).Status.ShouldBe("Confirmed");
                await Fulfilment.ShipmentAsync(admin, orderId);
            }

            foreach (var (_, orderId) in orders)
            {
                await Fulfilment.PackAndShipAsync(admin, orderId);
            }

            // Ordering has asked for a capture, and the slow provider has not answered all of them yet.
            await Eventually.Until(() => _database.Count("ordering", "orders", "status = 'Shipped'") > 0, "Ordering to hear that a parcel left");
            await first.KillAsync();
        }

        var capturedBefore = _database.Count("payments", "payments", "status = 'Captured'");
        output.WriteLine($"When the process died, {_database.Count("ordering", "orders", "status = 'Shipped'")} of {orders.Count} orders were shipped and {capturedBefore} payments captured.");
        capturedBefore.ShouldBeLessThan(orders.Count, "the process must die with captures still to make, or this test proves nothing");

        await using var second = HostProcess.Start(_database, Settings);
        await second.WaitUntilReadyAsync();
        foreach (var (customer, orderId) in orders)
        {
            using var client = second.Client(TestTokens.For(customer));
            var order = await Fulfilment.OrderUntilAsync(client, orderId, found => found.Status == "Shipped", "to be shipped", TimeSpan.FromSeconds(90));
            var payment = await Fulfilment.PaymentUntilAsync(client, orderId, "Captured", TimeSpan.FromSeconds(90));
            payment.Amount.ShouldBe(order.Total);
            var key = $"idempotency_key = '{orderId}'";
            _database.Count("payments", "simulator_ledger", key).ShouldBe(1, $"provider records for order {orderId}");
            _database.Count("payments", "simulator_ledger", $"{key} AND approved = TRUE AND voided = FALSE AND {CapturedInTheLedger}").ShouldBe(1, $"captures of order {orderId}");
        }
    }

    /// <summary>A confirmed order holds exactly its total on the card, once; a cancelled one holds nothing.</summary>
    private async Task AssertPaymentsAgreeAsync(HostProcess host, List<(OrderBody Order, string Customer, string Token)> ended)
    {
        foreach (var (order, customer, _) in ended)
        {
            using var client = host.Client(TestTokens.For(customer));
            var payment = await Checkout.PaymentAsync(client, order.Id);
            if (order.Status == "Confirmed")
            {
                payment!.Status.ShouldBe("Authorized");
                payment.Amount.ShouldBe(order.Total);
            }
            else
            {
                payment?.Status.ShouldNotBe("Authorized");
            }
        }

        OrderAudit.PaymentsAgree(_database, ended.Select(entry => entry.Order).ToList());
    }
}
