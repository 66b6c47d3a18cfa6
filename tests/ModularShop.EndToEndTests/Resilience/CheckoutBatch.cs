using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Resilience;

/// <summary>
/// Many customers checking out at once while a test takes something away from under the shop. Each adds a product
/// and checks out, and tries again after an answer that says "not now" (503) or a refused connection, the way a
/// well-behaved client does; after a connection lost with the checkout, it first looks whether the checkout went
/// through (the process died after the commit, before the answer). Every answer is counted; an answer that is neither
/// success nor 503 is a failure of the test, and so is a refused checkout that emptied the cart anyway.
/// </summary>
/// <param name="declineSome">Every tenth checkout pays with a card that is declined; false: every card is approved.</param>
internal sealed class CheckoutBatch(Func<string, HttpClient> clientFor, string prefix, bool declineSome = true)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    private readonly ConcurrentQueue<PlacedCheckout> _accepted = new();
    private readonly ConcurrentDictionary<string, int> _answers = new();
    private readonly ConcurrentQueue<string> _defects = new();

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
            () => Accepted.Count >= count && database.Count("ordering", "orders", "status = 'AwaitingPayment'") > 0,
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
        var product = Checkout.StockedProducts[index % Checkout.StockedProducts.Length];
        var token = declineSome && index % 10 == 9 ? "tok_decline" : "tok_visa";
        var clock = Stopwatch.StartNew();

        await UntilAnsweredAsync(customer, clock, "add to cart", client => client.PostJsonAsync("/api/cart/items", new { productId = product, quantity = 1 }), HttpStatusCode.OK);
        var (accepted, doneUnanswered) = await UntilAnsweredAsync(
            customer,
            clock,
            "check out",
            client => client.PostJsonAsync("/api/cart/checkout", new { paymentToken = token }),
            HttpStatusCode.Accepted,
            afterUnavailable: CartStillHoldsTheProductAsync,
            doneDespiteLostConnection: CartWasCheckedOutAsync);
        if (accepted is not null)
        {
            _accepted.Enqueue(new PlacedCheckout(customer, (await accepted.ReadAsync<CheckoutAnswer>()).OrderId, token, product));
        }
        else if (doneUnanswered)
        {
            _accepted.Enqueue(new PlacedCheckout(customer, await TheOrderOfAsync(customer), token, product));
        }
    }

    /// <summary>
    /// Sends until the shop gives the expected answer. No answer when it gave another one, which is recorded as a
    /// defect, or when the connection was lost with the request and <paramref name="doneDespiteLostConnection"/> finds
    /// that the shop did it all the same (a crash after the commit, before the answer): then DoneUnanswered is true.
    /// </summary>
    private async Task<(HttpResponseMessage? Answer, bool DoneUnanswered)> UntilAnsweredAsync(
        string customer,
        Stopwatch clock,
        string what,
        Func<HttpClient, Task<HttpResponseMessage>> send,
        HttpStatusCode expected,
        Func<string, Task>? afterUnavailable = null,
        Func<string, Task<bool>>? doneDespiteLostConnection = null)
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
                if (doneDespiteLostConnection is not null && await doneDespiteLostConnection(customer))
                {
                    return (null, true);
                }

                continue;
            }
            catch (TaskCanceledException)
            {
                Count("no answer in time");
                _defects.Enqueue($"{customer}: {what} got no answer in time");
                return (null, false);
            }

            Count(((int)answer.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (answer.StatusCode == expected)
            {
                return (answer, false);
            }

            if (answer.StatusCode != HttpStatusCode.ServiceUnavailable)
            {
                _defects.Enqueue($"{customer}: {what} answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
                return (null, false);
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
        return (null, false);
    }

    /// <summary>A checkout refused with 503 changed nothing: the product is still in the cart.</summary>
    private async Task CartStillHoldsTheProductAsync(string customer)
    {
        if (await CartWasCheckedOutAsync(customer))
        {
            _defects.Enqueue($"{customer}: a checkout answered 503 and emptied the cart anyway");
        }
    }

    /// <summary>Whether the customer's cart is empty, as it is once a checkout committed: asked until the shop answers.</summary>
    private async Task<bool> CartWasCheckedOutAsync(string customer) =>
        await WhenAnsweredAsync(customer, "/api/cart", async answer => (await answer.ReadAsync<CartBody>()).Lines.Count == 0);

    /// <summary>The id of the customer's one order, once Ordering has placed it.</summary>
    private async Task<Guid> TheOrderOfAsync(string customer)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var orders = await WhenAnsweredAsync(customer, "/api/orders", answer => answer.ReadAsync<OrderList>());
            if (orders?.Items is [var only])
            {
                return only.Id;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        _defects.Enqueue($"{customer}: a checkout emptied the cart, but no order came of it");
        return Guid.Empty;
    }

    /// <summary>GETs <paramref name="path"/> until the shop answers 200, and reads the answer; null when it never does.</summary>
    private async Task<T?> WhenAnsweredAsync<T>(string customer, string path, Func<HttpResponseMessage, Task<T>> read)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                using var client = clientFor(customer);
                using var answer = await client.GetAsync(path);
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    return await read(answer);
                }
            }
            catch (HttpRequestException)
            {
                // Not reachable now; look again in a moment.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        return default;
    }

    private void Count(string answer) => _answers.AddOrUpdate(answer, 1, (_, count) => count + 1);

    private sealed record CheckoutAnswer(Guid OrderId);

    private sealed record OrderList(List<OrderBody> Items);
}

internal sealed record PlacedCheckout(string Customer, Guid OrderId, string Token, Guid Product);
