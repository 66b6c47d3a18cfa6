using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularShop.Testing;

namespace ModularShop.Benchmarks.Shop;

/// <summary>The calls a scenario makes besides its load: as customers (a token each, cached) and as an admin.</summary>
internal sealed class ShopCalls(Uri address) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private long _adminCalls;

    public string TokenOf(string customer) => _tokens.GetOrAdd(customer, subject => TestTokens.For(subject));

    public async Task<IReadOnlyList<Guid>> ProductsAsync()
    {
        using var page = await JsonDocument.ParseAsync(await _http.GetStreamAsync("/api/catalog/products?pageSize=100"));
        return page.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid()).ToList();
    }

    public async Task<HttpStatusCode> AddAsync(string customer, Guid product)
    {
        using var request = As(customer, HttpMethod.Post, "/api/cart/items", new { productId = product, quantity = 1 });
        using var answer = await _http.SendAsync(request);
        return answer.StatusCode;
    }

    /// <summary>Checks out the customer's cart; answers the order's id.</summary>
    public async Task<Guid> CheckoutAsync(string customer)
    {
        using var request = As(customer, HttpMethod.Post, "/api/cart/checkout", new { paymentToken = "tok_visa" });
        using var answer = await _http.SendAsync(request);
        if (answer.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"Checkout answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        }

        using var body = await JsonDocument.ParseAsync(await answer.Content.ReadAsStreamAsync());
        return body.RootElement.GetProperty("orderId").GetGuid();
    }

    /// <summary>Inventory learns of products from Catalog's events: a product it does not know yet is tried again.</summary>
    public async Task SetStockAsync(Guid product, int onHand)
    {
        var answer = await Eventually.Until(
            async () =>
            {
                using var request = WithToken(NextAdmin(), HttpMethod.Put, $"/api/inventory/{product}", new { onHand });
                using var response = await _http.SendAsync(request);
                return response.StatusCode;
            },
            status => status != HttpStatusCode.NotFound,
            $"Inventory to know product {product}",
            TimeSpan.FromSeconds(60));
        if (answer != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Setting the stock of product {product} answered {(int)answer}.");
        }
    }

    public async Task ChangePriceAsync(Guid product, decimal price)
    {
        using var request = WithToken(NextAdmin(), HttpMethod.Put, $"/api/catalog/products/{product}/price", new { price });
        using var answer = await _http.SendAsync(request);
        answer.EnsureSuccessStatusCode();
    }

    /// <summary>Cart learns the catalog from Catalog's events: waits until it can put each product in a cart.</summary>
    public async Task WaitUntilCartKnowsAsync(IReadOnlyList<Guid> products, string customer)
    {
        foreach (var product in products)
        {
            await Eventually.Until(async () => await AddAsync(customer, product) == HttpStatusCode.OK, $"Cart to know product {product}", TimeSpan.FromSeconds(60));
        }
    }

    /// <summary>
    /// Admin writes are limited per caller, as an operator's are; the benchmark's stock and price changes come from
    /// many callers, as a catalogue feed's batch jobs would.
    /// </summary>
    private string NextAdmin() => TestTokens.For($"bench-admin-{Interlocked.Increment(ref _adminCalls)}", "admin");

    public HttpRequestMessage As(string customer, HttpMethod method, string path, object? body = null) => WithToken(TokenOf(customer), method, path, body);

    private static HttpRequestMessage WithToken(string token, HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    public static string Address(long client) =>
        string.Create(CultureInfo.InvariantCulture, $"10.{(client >> 16) & 255}.{(client >> 8) & 255}.{client & 255}");

    public void Dispose() => _http.Dispose();
}
