using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Resilience;

/// <summary>
/// Many customers checking out at once while a test takes something away from under the shop. Each adds a product
/// and checks out, and tries again after an answer that says "not now" (503) or a refused connection, the way a
/// well-behaved client does. Every answer is counted; an answer that is neither success nor 503 is a failure of the
/// test, and so is a refused checkout that emptied the cart anyway.
/// </summary>
/// <param name="declineSome">Every tenth checkout pays with a card that is declined; false: every card is approved.</param>
internal sealed class CheckoutBatch(Func<string, HttpClient> clientFor, string prefix, bool declineSome = true)
{
    private static readonly Guid[] Products = [Checkout.Frother, Checkout.Pitcher, Checkout.Infuser, Checkout.Sencha, Checkout.Espresso];
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    private readonly ConcurrentQueue<PlacedCheckout> _accepted = new();
    private readonly ConcurrentDictionary<string, int> _answers = new();
    private readonly ConcurrentQueue<string> _defects = new();

    public static IReadOnlyList<Guid> ProductsUsed => Products;

    public IReadOnlyList<PlacedCheckout> Accepted => [.. _accepted];

    /// <summary>How often each answer came: "200", "202", "503", "connection refused".</summary>
    public IReadOnlyDictionary<string, int> Answers => _answers;

    /// <summary>Answers the shop must never give under an outage: a 500, a hang, a refusal that wrote something.</summary>
    public IReadOnlyList<string> Defects => [.. _defects];

    public int Unavailable => _answers.GetValueOrDefault("503");

    public string Summary => string.Join(", ", _answers.OrderBy(answer => answer.Key, StringComparer.Ordinal).Select(answer => $"{answer.Key}: {answer.Value}"));

    /// <summary>Waits until at least <paramref name="count"/> checkouts are accepted and an order waits for its payment.</summary>
    public Task UntilPaymentsAreInFlightAsync(TestDatabase database, int count) =>
        Eventually.Until(
            () => Task.FromResult(Accepted.Count >= count && database.Count("ordering", "orders", "status = 'AwaitingPayment'") > 0),
            $"{count} checkouts to be accepted and a payment to be in flight",
            TimeSpan.FromSeconds(90));

    /// <summary>Runs <paramref name="count"/> checkouts, <paramref name="concurrency"/> at a time.</summary>
    public async Task RunAsync(int count, int concurrency, int firstIndex = 0)
    {
        using var gate = new SemaphoreSlim(concurrency);
        var customers = Enumerable.Range(firstIndex, count).Select(async index =>
        {
            await gate.WaitAsync();
            try
            {
                await CheckOutAsync(index);
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(customers);
    }

    private async Task CheckOutAsync(int index)
    {
        var customer = $"{prefix}-{index}";
        var product = Products[index % Products.Length];
        var token = declineSome && index % 10 == 9 ? "tok_decline" : "tok_visa";
        var clock = Stopwatch.StartNew();

        await UntilAnsweredAsync(customer, clock, "add to cart", client => client.PostJsonAsync("/api/cart/items", new { productId = product, quantity = 1 }), HttpStatusCode.OK);
        var accepted = await UntilAnsweredAsync(customer, clock, "check out", client => client.PostJsonAsync("/api/cart/checkout", new { paymentToken = token }), HttpStatusCode.Accepted, afterUnavailable: CartStillHoldsTheProductAsync);
        if (accepted is not null)
        {
            _accepted.Enqueue(new PlacedCheckout(customer, (await accepted.ReadAsync<CheckoutAnswer>()).OrderId, token, product));
        }
    }

    /// <summary>Sends until the shop gives the expected answer; null when it gave another one, which is recorded as a defect.</summary>
    private async Task<HttpResponseMessage?> UntilAnsweredAsync(
        string customer,
        Stopwatch clock,
        string what,
        Func<HttpClient, Task<HttpResponseMessage>> send,
        HttpStatusCode expected,
        Func<string, Task>? afterUnavailable = null)
    {
        while (clock.Elapsed < GiveUpAfter)
        {
            HttpResponseMessage answer;
            try
            {
                using var client = clientFor(customer);
                answer = await send(client);
            }
            catch (HttpRequestException)
            {
                Count("connection refused");
                await Task.Delay(TimeSpan.FromMilliseconds(200));
                continue;
            }
            catch (TaskCanceledException)
            {
                Count("no answer in time");
                _defects.Enqueue($"{customer}: {what} got no answer in time");
                return null;
            }

            Count(((int)answer.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (answer.StatusCode == expected)
            {
                return answer;
            }

            if (answer.StatusCode != HttpStatusCode.ServiceUnavailable)
            {
                _defects.Enqueue($"{customer}: {what} answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
                return null;
            }

            if (answer.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                _defects.Enqueue($"{customer}: {what} answered 503 without a problem: {answer.Content.Headers.ContentType}");
            }

            if (afterUnavailable is not null)
            {
                await afterUnavailable(customer);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        _defects.Enqueue($"{customer}: {what} did not succeed within {GiveUpAfter.TotalMinutes} min");
        return null;
    }

    /// <summary>A checkout refused with 503 changed nothing: the product is still in the cart.</summary>
    private async Task CartStillHoldsTheProductAsync(string customer)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                using var client = clientFor(customer);
                using var answer = await client.GetAsync("/api/cart");
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    if ((await answer.ReadAsync<CartBody>()).Lines.Count == 0)
                    {
                        _defects.Enqueue($"{customer}: a checkout answered 503 and emptied the cart anyway");
                    }

                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not reachable now; look again in a moment.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    private void Count(string answer) => _answers.AddOrUpdate(answer, 1, (_, count) => count + 1);

    private sealed record CheckoutAnswer(Guid OrderId);
}

internal sealed record PlacedCheckout(string Customer, Guid OrderId, string Token, Guid Product);
