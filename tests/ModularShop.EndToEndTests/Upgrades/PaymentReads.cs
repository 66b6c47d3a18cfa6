using System.Collections.Concurrent;
using System.Net;
using ModularShop.EndToEndTests.Extraction;
using ModularShop.EndToEndTests.Resilience;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Upgrades;

/// <summary>Customers of a batch asking for the payment of their order, through the shop's gateway, while an upgrade goes on.</summary>
internal static class PaymentReads
{
    /// <summary>Reads until told to stop, one every 50 ms: how often each status came.</summary>
    public static async Task<IReadOnlyDictionary<HttpStatusCode, int>> UntilStoppedAsync(ServiceTopology topology, CheckoutBatch batch, CancellationToken stop)
    {
        var answers = new ConcurrentDictionary<HttpStatusCode, int>();
        while (!stop.IsCancellationRequested)
        {
            var placed = batch.Accepted;
            if (placed.Count > 0)
            {
                var order = placed[Random.Shared.Next(placed.Count)];
                using var customer = topology.Shop.Client(TestTokens.For(order.Customer));
                var status = (await customer.GetAsync($"/api/payments/{order.OrderId}", CancellationToken.None)).StatusCode;
                answers.AddOrUpdate(status, 1, (_, count) => count + 1);
            }

            try
            {
                await Task.Delay(50, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return answers;
    }

    public static string Summary(IReadOnlyDictionary<HttpStatusCode, int> answers) =>
        string.Join(", ", answers.OrderBy(answer => answer.Key).Select(answer => $"{(int)answer.Key}: {answer.Value}"));
}
