using System.Net;
using System.Text.Json;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>Health, the OpenAPI document and answers for routes that do not exist.</summary>
public sealed class HostSurfaceTests : IAsyncLifetime
{
    private TestShop _shop = null!;

    public async Task InitializeAsync() => _shop = await TestShop.StartAsync();

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task Liveness_says_the_process_answers()
    {
        var response = await _shop.Anonymous().GetAsync("/health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task Readiness_checks_the_database_and_the_start_up_work()
    {
        var response = await _shop.Anonymous().GetAsync("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks");
        checks.GetProperty("database").GetProperty("status").GetString().ShouldBe("Healthy");
        checks.GetProperty("database").GetProperty("description").GetString()!.ShouldContain(_shop.Database.Provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL");
        checks.GetProperty("startup-tasks").GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task Readiness_fails_when_the_database_cannot_be_reached()
    {
        await using var shop = await TestShop.StartAsync();
        await shop.Database.DestroyAsync();

        var response = await shop.Anonymous().GetAsync("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var response = await _shop.Anonymous().GetAsync("/openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().ToDictionary(path => path.Name, path => path.Value.EnumerateObject().Select(operation => operation.Name).Order().ToArray());
        paths["/api/catalog/products"].ShouldBe(new[] { "get", "post" });
        paths["/api/catalog/products/{productId}"].ShouldBe(new[] { "get" });
        paths["/api/catalog/products/{productId}/price"].ShouldBe(new[] { "put" });
        paths["/api/cart"].ShouldBe(new[] { "get" });
        paths["/api/cart/items"].ShouldBe(new[] { "post" });
        paths["/api/cart/items/{productId}"].ShouldBe(new[] { "delete", "put" });
        paths["/api/cart/checkout"].ShouldBe(new[] { "post" });
        paths["/cart"].ShouldBe(new[] { "post" });
        paths["/api/orders"].ShouldBe(new[] { "get" });
        paths["/api/orders/{orderId}"].ShouldBe(new[] { "get" });
        paths["/api/orders/recent"].ShouldBe(new[] { "get" });
        paths["/api/inventory/{productId}"].ShouldBe(new[] { "get", "put" });
        paths["/api/payments/{orderId}"].ShouldBe(new[] { "get" });
    }

    [Fact]
    public async Task The_openapi_document_says_which_operations_need_a_bearer_token_and_which_role()
    {
        using var document = JsonDocument.Parse(await _shop.Anonymous().GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;
        string[]? RolesFor(string path, string method) =>
            root.GetProperty("paths").GetProperty(path).GetProperty(method).TryGetProperty("security", out var security)
                ? security.EnumerateArray().Single().GetProperty("Bearer").EnumerateArray().Select(role => role.GetString()!).ToArray()
                : null;

        root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString().ShouldBe("bearer");
        RolesFor("/api/catalog/products", "get").ShouldBeNull("anyone may browse");
        RolesFor("/api/inventory/{productId}", "get").ShouldBeNull();
        RolesFor("/api/cart", "get").ShouldBe([], "a customer's token, whatever its roles");
        RolesFor("/cart", "post").ShouldBe([]);
        RolesFor("/api/catalog/products", "post").ShouldBe(["admin"]);
        RolesFor("/api/inventory/{productId}", "put").ShouldBe(["admin"]);
        RolesFor("/api/orders/recent", "get").ShouldBe(["admin"]);
    }

    [Fact]
    public async Task A_route_that_does_not_exist_is_a_404_problem()
    {
        var response = await _shop.Anonymous().GetAsync("/api/nothing-here");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ReadProblemAsync()).Detail!.ShouldContain("/api/nothing-here");
    }

    [Fact]
    public async Task A_method_a_route_does_not_allow_is_a_405_problem()
    {
        var response = await _shop.Anonymous().DeleteAsync("/api/catalog/products");

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await response.ReadProblemAsync()).Detail!.ShouldContain("DELETE");
    }

    [Fact]
    public async Task Every_answer_carries_its_correlation_id_and_problems_repeat_it()
    {
        var response = await _shop.Anonymous().GetAsync($"/api/catalog/products/{Guid.NewGuid()}");

        var header = response.Headers.GetValues("X-Correlation-ID").Single();
        header.Length.ShouldBe(32);
        (await response.ReadProblemAsync()).CorrelationId.ShouldBe(header);
    }
}
