using System.Net;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Operations;

/// <summary>Only admins operate the message store; a module that does not run here is not found.</summary>
public sealed class OperationsAccessTests : IAsyncLifetime
{
    private TestShop _shop = null!;

    public async Task InitializeAsync() => _shop = await TestShop.StartAsync();

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    public static TheoryData<string, string> Calls => new()
    {
        { "GET", "/api/operations/modules" },
        { "GET", "/api/operations/placement" },
        { "GET", "/api/operations/cart/waiting" },
        { "GET", "/api/operations/cart/dead-letters" },
        { "GET", $"/api/operations/cart/dead-letters/{Guid.NewGuid()}" },
        { "POST", $"/api/operations/cart/dead-letters/{Guid.NewGuid()}/replay" },
        { "POST", "/api/operations/cart/dead-letters/replay" },
        { "DELETE", $"/api/operations/cart/dead-letters/{Guid.NewGuid()}" },
        { "POST", "/api/operations/cart/dead-letters/discard" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task A_customer_is_forbidden_and_a_stranger_must_sign_in(string method, string path)
    {
        var forbidden = await _shop.Customer("mallory").SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        var anonymous = await _shop.Anonymous().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forbidden.ReadProblemAsync()).Status.ShouldBe(403);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.ReadProblemAsync()).Status.ShouldBe(401);
    }

    [Fact]
    public async Task An_unknown_module_is_not_found()
    {
        var response = await _shop.Admin().GetAsync("/api/operations/warehouse/dead-letters");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ReadProblemAsync()).Detail!.ShouldContain("no module 'warehouse'");
    }

    [Fact]
    public async Task A_module_that_runs_nowhere_this_process_knows_is_not_found()
    {
        await using var shop = await TestShop.StartAsync(settings => settings.Values["Modules:Payments:Enabled"] = "false");

        var response = await shop.Admin().GetAsync("/api/operations/payments/waiting");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ReadProblemAsync()).Detail!.ShouldContain("Payments does not run in this process");
    }

    [Fact]
    public async Task Every_module_that_runs_here_is_listed_with_what_waits()
    {
        var modules = await (await _shop.Admin().GetAsync("/api/operations/modules")).ReadAsync<List<ModuleSummaryBody>>();

        modules.Select(module => module.Module).ShouldBe(["cart", "catalog", "inventory", "ordering", "payments", "shipping"]);
        modules.ShouldAllBe(module => module.Waiting.Select(store => store.Store).SequenceEqual(new[] { "inbox", "scheduled", "outbox" }));
    }

    [Fact]
    public async Task The_openapi_document_names_the_modules_an_operations_path_may_take()
    {
        var document = System.Text.Json.JsonDocument.Parse(await _shop.Anonymous().GetStringAsync("/openapi/v1.json"));

        var parameter = document.RootElement.GetProperty("paths").GetProperty("/api/operations/{module}/waiting").GetProperty("get")
            .GetProperty("parameters").EnumerateArray().Single(candidate => candidate.GetProperty("name").GetString() == "module");
        parameter.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(value => value.GetString())
            .ShouldBe(["cart", "catalog", "inventory", "ordering", "payments", "shipping"]);
    }
}
