using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.EndToEndTests.Extraction;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Resilience;

/// <summary>
/// Each client may make so many calls of each kind to a module in a window: the token's subject for a customer, the
/// address for anyone else. A call over the limit gets a 429 problem with Retry-After, and writes nothing.
/// </summary>
public sealed class RateLimitTests
{
    private static readonly Guid Mug = DemoProducts.CeramicMug;

    [Fact]
    public async Task A_burst_over_the_limit_is_refused_with_retry_after_writes_nothing_and_passes_once_the_window_is_over()
    {
        await using var shop = await StartAsync(("RateLimiting:Writes:PermitLimit", "5"), ("RateLimiting:Writes:Window", "00:00:05"));
        using var rejections = new RejectionCounter(shop);
        using var alice = shop.Customer("alice");

        var answers = new List<HttpResponseMessage>();
        for (var call = 0; call < 8; call++)
        {
            answers.Add(await alice.PostJsonAsync("/api/cart/items", new { productId = Mug, quantity = 1 }));
        }

        answers.Count(answer => answer.StatusCode == HttpStatusCode.OK).ShouldBe(5);
        var refused = answers.Where(answer => answer.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        refused.Count.ShouldBe(3);
        foreach (var answer in refused)
        {
            answer.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeInRange(1, 5);
            answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            var problem = await answer.ReadProblemAsync();
            problem.Status.ShouldBe(429);
            problem.Type.ShouldBe("https://tools.ietf.org/html/rfc6585#section-4");
            problem.Detail!.ShouldContain("Cart takes at most 5 writes");
        }

        (await CartQuantityAsync(alice)).ShouldBe(5, "a refused call writes nothing");
        rejections.Count.ShouldBe(3);

        await Eventually.Until(
            async () => (await alice.PostJsonAsync("/api/cart/items", new { productId = Mug, quantity = 1 })).StatusCode == HttpStatusCode.OK,
            "the next window to let alice in again",
            TimeSpan.FromSeconds(10));
        (await CartQuantityAsync(alice)).ShouldBe(6);
    }

    [Fact]
    public async Task One_customers_burst_never_affects_another_customer()
    {
        await using var shop = await StartAsync(("RateLimiting:Writes:PermitLimit", "3"), ("RateLimiting:Writes:Window", "00:01:00"));
        using var alice = shop.Customer("alice");
        using var bob = shop.Customer("bob");

        for (var call = 0; call < 6; call++)
        {
            await alice.PostJsonAsync("/api/cart/items", new { productId = Mug, quantity = 1 });
        }

        (await alice.PostJsonAsync("/api/cart/items", new { productId = Mug, quantity = 1 })).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        for (var call = 0; call < 3; call++)
        {
            (await bob.PostJsonAsync("/api/cart/items", new { productId = Mug, quantity = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK, "bob has a budget of his own");
        }
    }

    [Fact]
    public async Task Anonymous_callers_are_counted_by_their_address_as_the_proxy_in_front_reports_it()
    {
        await using var shop = await StartAsync(("RateLimiting:Reads:PermitLimit", "3"), ("RateLimiting:Reads:Window", "00:01:00"));
        using var anyone = shop.Anonymous();

        var first = new List<HttpStatusCode>();
        for (var call = 0; call < 5; call++)
        {
            first.Add(await StatusFromAsync(anyone, "203.0.113.10", "/api/catalog/products"));
        }

        first.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
        (await StatusFromAsync(anyone, "203.0.113.11", "/api/catalog/products")).ShouldBe(HttpStatusCode.OK, "another address has a budget of its own");
    }

    [Fact]
    public async Task Expensive_writes_have_a_stricter_limit_than_reads_and_writes()
    {
        await using var shop = await StartAsync(
            ("Modules:Cart:RateLimiting:ExpensiveWrites:PermitLimit", "1"),
            ("Modules:Cart:RateLimiting:ExpensiveWrites:Window", "00:01:00"));
        using var carol = shop.Customer("carol");

        (await carol.PostJsonAsync("/api/cart/items", new { productId = Mug, quantity = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await carol.PostJsonAsync("/api/cart/checkout", new { paymentToken = "tok_visa" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await carol.PostJsonAsync("/api/cart/items", new { productId = Mug, quantity = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var second = await carol.PostJsonAsync("/api/cart/checkout", new { paymentToken = "tok_visa" });

        second.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await second.ReadProblemAsync()).Detail!.ShouldContain("expensive writes");
        (await CartQuantityAsync(carol)).ShouldBe(1, "the refused checkout left the cart as it was");
        for (var call = 0; call < 5; call++)
        {
            (await carol.GetAsync("/api/cart")).StatusCode.ShouldBe(HttpStatusCode.OK, "reads count apart from expensive writes");
        }
    }

    [Fact]
    public async Task A_modules_own_limits_apply_to_that_module_only()
    {
        await using var shop = await StartAsync(("Modules:Catalog:RateLimiting:Reads:PermitLimit", "2"));
        using var anyone = shop.Anonymous();

        var catalog = new List<HttpStatusCode>();
        for (var call = 0; call < 3; call++)
        {
            catalog.Add((await anyone.GetAsync($"/api/catalog/products/{Mug}")).StatusCode);
        }

        catalog.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        for (var call = 0; call < 5; call++)
        {
            (await anyone.GetAsync($"/api/inventory/{Mug}")).StatusCode.ShouldBe(HttpStatusCode.OK, "Inventory keeps the shop's limit");
        }
    }

    [BrokerFact]
    public async Task A_module_that_runs_elsewhere_is_limited_once_by_its_own_service_not_again_by_the_gateway()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var topology = await ServiceTopology.StartAsync(
            database,
            instances: 1,
            shopSettings: ["--RateLimiting:Reads:PermitLimit=2"],
            serviceSettings: ["--RateLimiting:Reads:PermitLimit=5"]);
        using var customer = topology.Shop.Client(TestTokens.For("once"));

        var answers = new List<HttpStatusCode>();
        for (var call = 0; call < 7; call++)
        {
            answers.Add((await customer.GetAsync($"/api/payments/{Guid.NewGuid()}")).StatusCode);
        }

        answers.Take(5).ShouldAllBe(status => status == HttpStatusCode.NotFound, "the gateway's own limit of 2 does not count the calls it forwards");
        answers.Skip(5).ShouldAllBe(status => status == HttpStatusCode.TooManyRequests, "the Payments service counts them, with its limit of 5");
    }

    [Fact]
    public async Task Health_endpoints_are_never_limited()
    {
        await using var shop = await StartAsync(("RateLimiting:Reads:PermitLimit", "1"), ("RateLimiting:Writes:PermitLimit", "1"));
        using var probe = shop.Anonymous();

        for (var call = 0; call < 30; call++)
        {
            (await probe.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await probe.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task A_limit_that_makes_no_sense_stops_the_host_with_a_message_naming_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = HostProcess.Start(database, ["--RateLimiting:Reads:PermitLimit=0", "--Modules:Cart:RateLimiting:ExpensiveWrites:Window=forever"]);

        (await host.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(1);
        host.Output.ShouldContain("ModularShop cannot start: RateLimiting:Reads:PermitLimit:");
        host.Output.ShouldContain("Modules:Cart:RateLimiting:ExpensiveWrites:Window");
    }

    private static async Task<TestShop> StartAsync(params (string Key, string Value)[] limits)
    {
        var shop = await TestShop.StartAsync(settings =>
        {
            settings.SeedDemoProducts = true;
            foreach (var (key, value) in limits)
            {
                settings.Values[key] = value;
            }
        });
        // Some tests read the stock of a demo product too, which Inventory creates a moment after Cart learns of it.
        await Demo.WaitUntilTheCatalogIsKnownAsync(shop.Database);
        return shop;
    }

    private static async Task<HttpStatusCode> StatusFromAsync(HttpClient client, string address, string path)
    {
        using var response = await client.GetForwardedForAsync(address, path);
        return response.StatusCode;
    }

    private static async Task<int> CartQuantityAsync(HttpClient customer)
    {
        var cart = await Eventually.Until(
            async () => await (await customer.GetAsync("/api/cart")).ReadAsync<CartBody>(),
            found => found.Lines.Count > 0,
            "the cart to hold the mug");
        return cart.ItemCount;
    }

    /// <summary>Counts the calls the shop's rate limiter refused, from ASP.NET Core's own meter of this shop.</summary>
    private sealed class RejectionCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _count;

        public RejectionCounter(TestShop shop)
        {
            var meters = shop.Services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument is { Name: "aspnetcore.rate_limiting.requests", Meter.Name: "Microsoft.AspNetCore.RateLimiting" } && instrument.Meter.Scope == meters)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag is { Key: "aspnetcore.rate_limiting.result", Value: "endpoint_limiter" })
                    {
                        Interlocked.Add(ref _count, value);
                    }
                }
            });
            _listener.Start();
        }

        public long Count => Interlocked.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}
