using System.Text;
using ModularShop.Benchmarks.Load;
using ModularShop.Benchmarks.Shop;

namespace ModularShop.Benchmarks.Scenarios;

/// <summary>
/// The HTTP load steps: the web stack alone (GET /health/live, the ceiling of every read), browsing the catalog,
/// adding to a cart (the seed call, POST /cart) and viewing a cart.
/// </summary>
internal static class HttpLoad
{
    public static async Task<LoadResult> HealthAsync(BenchContext context, LoadClient client, int connections) =>
        await RunAsync(context, client, "GET /health/live", connections, _ => new HttpRequestMessage(HttpMethod.Get, "/health/live"));

    public static async Task<LoadResult> CatalogPageAsync(BenchContext context, LoadClient client, int connections) =>
        await RunAsync(context, client, "GET /api/catalog/products (20)", connections, n => Anonymous(HttpMethod.Get, "/api/catalog/products?pageSize=20", n));

    public static async Task<LoadResult> ProductAsync(BenchContext context, LoadClient client, IReadOnlyList<Guid> products, int connections) =>
        await RunAsync(context, client, "GET /api/catalog/products/{id}", connections, n => Anonymous(HttpMethod.Get, $"/api/catalog/products/{products[(int)(n % products.Count)]}", n));

    public static async Task<LoadResult> AddToCartAsync(BenchContext context, LoadClient client, ShopCalls calls, IReadOnlyList<Guid> products, int connections) =>
        await RunAsync(context, client, "POST /cart", connections, n =>
        {
            // Customer after customer, each adding the next product: a line per product, as a shopper fills a cart.
            var customers = context.Options.Customers;
            var product = products[(int)(n / customers % products.Count)];
            var request = new HttpRequestMessage(HttpMethod.Post, "/cart")
            {
                Content = new StringContent($$"""{"item_id": "{{product}}", "quantity": 1}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new("Bearer", calls.TokenOf(context.Customer(n)));
            return request;
        });

    public static async Task<LoadResult> ViewCartAsync(BenchContext context, LoadClient client, ShopCalls calls, int connections) =>
        await RunAsync(context, client, "GET /api/cart", connections, n => calls.As(context.Customer(n), HttpMethod.Get, "/api/cart"));

    private static async Task<LoadResult> RunAsync(BenchContext context, LoadClient client, string name, int connections, Func<long, HttpRequestMessage> request) =>
        context.Report.Add(context.Label, await client.RunAsync(name, connections, context.Options.LoadStep, context.Options.WarmUp, request));

    /// <summary>An anonymous call from one of many shoppers, as the load balancer in front of the shop reports them.</summary>
    private static HttpRequestMessage Anonymous(HttpMethod method, string path, long n)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-For", ShopCalls.Address(n % 20_000));
        return request;
    }
}
