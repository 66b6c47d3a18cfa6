using System.Net;
using System.Net.Http.Headers;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Extraction;

/// <summary>
/// The shop's gateway to modules that run elsewhere: their routes are forwarded to the module's instances (real
/// services, each on a database of its own here), instances that do not answer are left out, and when none is left
/// the caller hears so in a 503 ProblemDetails.
/// </summary>
public sealed class GatewayTests
{
    [Fact]
    public async Task A_call_to_a_module_running_elsewhere_is_answered_by_that_service()
    {
        await using var payments = await ServiceAsync("payments");
        await using var shop = await ShopWithRemoteAsync("Payments", payments.BaseAddress);
        var orderId = Guid.NewGuid();

        var answer = await shop.Customer("gina").GetAsync($"/api/payments/{orderId}");

        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await answer.ReadAsync<Problem>()).Detail.ShouldBe($"Payment for order '{orderId}' was not found.");
        (await shop.Anonymous().GetAsync($"/api/payments/{orderId}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the service checks the token itself");
    }

    [Fact]
    public async Task A_site_route_of_a_module_running_elsewhere_is_forwarded_with_its_api()
    {
        await using var cart = await ServiceAsync("cart");
        await using var shop = await ShopWithRemoteAsync("Cart", cart.BaseAddress);
        var productId = Guid.NewGuid();

        var answer = await shop.Customer("hugo").PostJsonAsync("/cart", new { item_id = productId, quantity = 1 });

        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await answer.ReadAsync<Problem>()).Detail.ShouldBe($"Product '{productId}' was not found.");
    }

    [Fact]
    public async Task Operations_of_a_module_running_elsewhere_are_answered_by_its_service_from_its_own_message_store()
    {
        await using var payments = await ServiceAsync("payments");
        await using var shop = await ShopWithRemoteAsync("Payments", payments.BaseAddress);
        using var admin = shop.Admin();

        var remote = await admin.GetAsync("/api/operations/payments/waiting");
        var local = await admin.GetAsync("/api/operations/cart/waiting");

        remote.StatusCode.ShouldBe(HttpStatusCode.OK);
        local.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await remote.ReadAsync<Operations.ModuleWaitingBody>()).Module.ShouldBe("payments");
        (await admin.GetAsync("/api/operations/payments/dead-letters")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await shop.Customer("kim").GetAsync("/api/operations/payments/waiting")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the service checks the token itself");
        var here = await (await admin.GetAsync("/api/operations/modules")).ReadAsync<List<Operations.ModuleSummaryBody>>();
        here.Select(module => module.Module).ShouldNotContain("payments", "each process answers for the modules it runs");
    }

    [Fact]
    public async Task When_no_instance_is_healthy_the_gateway_answers_503_naming_the_module()
    {
        await using var shop = await ShopWithRemoteAsync("Payments", HostProcess.FreeAddress());

        var answer = await Eventually.Until(
            () => shop.Customer("ines").GetAsync($"/api/payments/{Guid.NewGuid()}"),
            response => response.StatusCode == HttpStatusCode.ServiceUnavailable,
            "the gateway to give up on the only instance");

        answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        answer.Headers.RetryAfter.ShouldBe(new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)));
        var problem = await answer.ReadAsync<Problem>();
        problem.Title.ShouldBe("Payments is unavailable");
        problem.Detail.ShouldBe("No instance of the Payments service is healthy right now; try again shortly.");
    }

    [Fact]
    public async Task Readiness_names_each_instance_of_a_module_running_elsewhere_and_stays_up_when_none_is_healthy()
    {
        await using var payments = await ServiceAsync("payments");
        var dead = HostProcess.FreeAddress();
        await using var shop = await ShopWithRemoteAsync("Payments", dead, payments.BaseAddress);
        using var anyone = shop.Anonymous();

        var ready = await Eventually.Until(
            () => ReadinessAsync(anyone),
            found => found.Checks["payments-service"].Description.Contains("1 of 2", StringComparison.Ordinal),
            "readiness to find the dead instance out");
        ready.Checks["payments-service"].Status.ShouldBe("Healthy");
        ready.Checks["payments-service"].Description.ShouldContain($"{payments.BaseAddress.ToString().TrimEnd('/')}/ healthy");
        ready.Checks["payments-service"].Description.ShouldContain($"{dead.ToString().TrimEnd('/')}/ unhealthy");
        ready.Checks.Keys.ShouldBe(["database", "startup-tasks", "shutdown", .. TestBroker.TransportUnderTest == ModularShop.BuildingBlocks.Messaging.MessageTransport.RabbitMq ? new[] { "broker" } : [], "payments-service"], ignoreOrder: true);

        await payments.DisposeAsync();
        var degraded = await Eventually.Until(
            () => ReadinessAsync(anyone),
            found => found.Status == "Degraded",
            "readiness to say no Payments instance takes calls");
        degraded.Checks["payments-service"].Description.ShouldStartWith("0 of 2 Payments instance(s) take calls");
        degraded.Checks["database"].Status.ShouldBe("Healthy");
        (await anyone.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK, "the rest of the shop still serves");
    }

    private static async Task<Readiness> ReadinessAsync(HttpClient anyone) => await (await anyone.GetAsync("/health/ready")).ReadAsync<Readiness>();

    private sealed record Readiness(string Status, Dictionary<string, ReadinessCheck> Checks);

    private sealed record ReadinessCheck(string Status, string Description);

    [Fact]
    public async Task An_instance_that_does_not_answer_is_left_out_and_the_healthy_one_takes_every_call()
    {
        await using var payments = await ServiceAsync("payments");
        await using var shop = await ShopWithRemoteAsync("Payments", HostProcess.FreeAddress(), payments.BaseAddress);
        using var customer = shop.Customer("jon");

        // Once the health checks have found the dead instance, every call lands on the live one.
        await Eventually.Until(
            async () =>
            {
                for (var call = 0; call < 6; call++)
                {
                    if ((await customer.GetAsync($"/api/payments/{Guid.NewGuid()}")).StatusCode != HttpStatusCode.NotFound)
                    {
                        return false;
                    }
                }

                return true;
            },
            "every call to be answered by the live instance");
    }

    private static Task<TestShop> ServiceAsync(string module) => RemoteModuleShops.ServiceAsync(module);

    private static Task<TestShop> ShopWithRemoteAsync(string module, params Uri[] instances) => RemoteModuleShops.ShopWithRemoteAsync(module, instances);

    private sealed record Problem(string Title, int Status, string Detail);
}
