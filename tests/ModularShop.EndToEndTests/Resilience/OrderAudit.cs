using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Resilience;

/// <summary>After a batch of checkouts: every accepted one ended as its card says, and stock and money agree with how each ended.</summary>
internal static class OrderAudit
{
    private const int DemoStockPerProduct = 50;

    public static async Task<IReadOnlyList<OrderBody>> FinalStatesAsync(Func<string, HttpClient> clientFor, IEnumerable<PlacedCheckout> placed, TimeSpan timeout)
    {
        var ended = new List<OrderBody>();
        foreach (var checkout in placed)
        {
            using var client = clientFor(checkout.Customer);
            ended.Add(await Checkout.FinalStateAsync(client, checkout.OrderId, timeout));
        }

        return ended;
    }

    /// <summary>Confirmed when the card approves, cancelled when it declines: an outage may delay an order, never decide it.</summary>
    public static void EveryOrderEndedAsItsCardSays(IReadOnlyList<PlacedCheckout> placed, IReadOnlyList<OrderBody> ended)
    {
        foreach (var (checkout, order) in placed.Zip(ended))
        {
            order.Status.ShouldBe(checkout.Token == "tok_visa" ? "Confirmed" : "Cancelled", $"order {order.Id} of {checkout.Customer} ({order.CancellationReason})");
        }
    }

    /// <summary>Nothing is left held, and on-hand stock fell by exactly what the confirmed orders took.</summary>
    public static async Task StockAgreesAsync(HttpClient anyone, IReadOnlyList<OrderBody> ended)
    {
        foreach (var product in Checkout.StockedProducts)
        {
            var stock = await Eventually.Until(() => Checkout.StockAsync(anyone, product), found => found.Reserved == 0, $"nothing to stay held of {product}", TimeSpan.FromSeconds(60));
            var sold = ended.Where(order => order.Status == "Confirmed").SelectMany(order => order.Lines).Where(line => line.ProductId == product).Sum(line => line.Quantity);
            stock.OnHand.ShouldBe(DemoStockPerProduct - sold, $"stock of {stock.Sku}");
        }
    }

    /// <summary>
    /// The payment provider's ledger: a confirmed order holds its money once, a cancelled one holds none, and no order
    /// was sent to the provider twice. No message of the shop ended among the dead letters of the given stores.
    /// </summary>
    public static void PaymentsAgree(TestDatabase database, IReadOnlyList<OrderBody> ended, params string[] envelopeStores)
    {
        foreach (var order in ended)
        {
            var key = $"idempotency_key = '{order.Id}'";
            database.Count("payments", "simulator_ledger", key).ShouldBeLessThanOrEqualTo(1, $"provider calls for order {order.Id}");
            database.Count("payments", "simulator_ledger", $"{key} AND approved = TRUE AND voided = FALSE")
                .ShouldBe(order.Status == "Confirmed" ? 1 : 0, $"money held for order {order.Id} ({order.Status})");
        }

        using var db = database.Open();
        foreach (var store in envelopeStores.DefaultIfEmpty(null))
        {
            var table = store is null ? database.EnvelopeTable("wolverine_dead_letters") : $"{store}.wolverine_dead_letters";
            db.Scalar($"SELECT count(*) FROM {table}").ShouldBe(0, $"dead letters in {table}");
        }
    }

    /// <summary>Ordering holds exactly the orders whose checkouts were accepted: a refused checkout placed nothing.</summary>
    public static void NoOrderBeyondTheAccepted(TestDatabase database, IReadOnlyList<PlacedCheckout> placed) =>
        database.Count("ordering", "orders").ShouldBe(placed.Count, "orders in Ordering, against checkouts accepted");
}
