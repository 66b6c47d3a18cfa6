using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Resilience;

/// <summary>
/// A refusal is an <c>application/problem+json</c> body whatever the client says it accepts: a browser's
/// <c>text/html</c>, <c>application/xml</c>, nothing at all, or nonsense.
/// </summary>
public sealed class ProblemsForEveryClientTests : IAsyncLifetime
{
    private TestShop _shop = null!;

    public static TheoryData<string?> AcceptHeaders => new()
    {
        null,
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "application/xml",
        "text/plain",
        "image/png",
        "*/*",
        "application/json",
        "not a media type;;",
    };

    public async Task InitializeAsync() => _shop = await TestShop.StartAsync(settings => settings.SeedDemoProducts = true);

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Theory]
    [MemberData(nameof(AcceptHeaders))]
    public async Task Every_refusal_is_a_problem_whatever_the_client_accepts(string? accept)
    {
        var customer = TestTokens.For("browser");
        var refusals = new (HttpMethod Method, string Path, string? Token, string? Body, string? ContentType, HttpStatusCode Expected)[]
        {
            (HttpMethod.Get, "/api/cart", null, null, null, HttpStatusCode.Unauthorized),
            (HttpMethod.Get, $"/api/catalog/products/{Guid.NewGuid()}", null, null, null, HttpStatusCode.NotFound),
            (HttpMethod.Get, "/api/catalog/products?page=abc", null, null, null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/api/catalog/products?pageSize=0", null, null, null, HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/api/cart/items", customer, "{", "application/json", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/api/cart/items", customer, "<item/>", "application/xml", HttpStatusCode.UnsupportedMediaType),
            (HttpMethod.Post, "/cart", customer, $$"""{"item_id": "{{DemoProducts.CeramicMug}}", "quantity": 0}""", "application/json", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/api/catalog/products", customer, """{"sku": "X-1", "name": "X", "price": 1}""", "application/json", HttpStatusCode.Forbidden),
            (HttpMethod.Get, "/api/cart", TestTokens.Expired("browser"), null, null, HttpStatusCode.Unauthorized),
            (HttpMethod.Delete, "/api/catalog/products", null, null, null, HttpStatusCode.MethodNotAllowed),
            (HttpMethod.Get, "/api/nothing-here", null, null, null, HttpStatusCode.NotFound),
            (HttpMethod.Post, "/api/cart/checkout", customer, """{"paymentToken": "tok_visa"}""", "application/json", HttpStatusCode.UnprocessableEntity),
        };

        using var client = _shop.Anonymous();
        foreach (var (method, path, token, body, contentType, expected) in refusals)
        {
            using var request = new HttpRequestMessage(method, path);
            if (accept is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }

            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (body is not null)
            {
                request.Content = new StringContent(body);
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType!);
            }

            using var response = await client.SendAsync(request);
            var what = $"{method} {path} with Accept '{accept}'";
            response.StatusCode.ShouldBe(expected, what);
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", what);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            problem.RootElement.GetProperty("status").GetInt32().ShouldBe((int)expected, what);
            problem.RootElement.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace(what);
        }
    }
}
