using ModularShop.Testing;
using ModularShop.Testing.Telemetry;
using ModularShop.EndToEndTests.Extraction;

namespace ModularShop.EndToEndTests.Telemetry;

/// <summary>
/// What an operator's collector receives of one checkout: a single trace from the HTTP request through Cart, Ordering,
/// Inventory and Payments, their database commands below their handling, each span saying its module; also when
/// Payments runs in processes of its own behind RabbitMQ.
/// </summary>
[Collection(WholeProcessTelemetry.Name)]
public sealed class CheckoutTraceTests
{
    [Fact]
    public async Task One_checkout_is_one_trace_through_every_module_with_its_database_writes_below_each_step()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        await using var shop = await Demo.StartShopAsync(settings =>
        {
            foreach (var (key, value) in collector.ExporterSettings)
            {
                settings.Values[key] = value;
            }
        });
        using var customer = shop.Customer("tracy");

        var orderId = await Checkout.PlaceAsync(customer, "tok_visa", (DemoProducts.Frother, 1));
        (await Checkout.FinalStateAsync(customer, orderId)).Status.ShouldBe("Confirmed");

        var trace = new CheckoutTrace(await collector.TraceOfAsync(CheckoutTrace.CheckoutRequest, spans => CheckoutTrace.IsComplete(spans, "modularshop")));
        AssertCoversTheCheckout(trace, paymentsService: "modularshop");
        trace.Spans.Select(span => span.Service).Distinct().ShouldBe(["modularshop"], trace.ToString());
    }

    [BrokerFact]
    public async Task With_payments_split_out_over_RabbitMQ_its_spans_are_in_the_same_trace()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        string[] exportToCollector = [.. collector.ExporterSettings.Select(setting => $"--{setting.Key}={setting.Value}")];
        await using var topology = await ServiceTopology.StartAsync(database, instances: 1, shopSettings: exportToCollector, serviceSettings: exportToCollector);
        using var customer = topology.Shop.Client(TestTokens.For("tracy"));

        var orderId = await Checkout.PlaceAsync(customer, "tok_visa", (DemoProducts.Frother, 1));
        (await Checkout.FinalStateAsync(customer, orderId)).Status.ShouldBe("Confirmed");

        var trace = new CheckoutTrace(await collector.TraceOfAsync(CheckoutTrace.CheckoutRequest, spans => CheckoutTrace.IsComplete(spans, "modularshop-payments")));
        AssertCoversTheCheckout(trace, paymentsService: "modularshop-payments");
        trace.OfModule("Payments").ShouldAllBe(span => span.Service == "modularshop-payments", trace.ToString());
        trace.OfModule("Ordering").ShouldAllBe(span => span.Service == "modularshop", trace.ToString());

        // A call the gateway forwards is one trace too: the shop's request, its call to an instance, the instance's request.
        (await customer.GetAsync($"/api/payments/{orderId}")).EnsureSuccessStatusCode();
        var forwarded = await collector.TraceOfAsync(
            "GET /api/payments/{orderId:guid}",
            spans => spans.Any(span => span.Service == "modularshop" && span.Kind == SpanKind.Server) && ReceivedSpan.RootsOf(spans).Count() == 1);
        var atTheInstance = forwarded.Single(span => span.Name == "GET /api/payments/{orderId:guid}");
        atTheInstance.Service.ShouldBe("modularshop-payments");
        atTheInstance.Attribute("modularshop.module").ShouldBe("Payments");
        var call = forwarded.Single(span => span.SpanId == atTheInstance.ParentSpanId);
        call.ShouldSatisfyAllConditions(
            () => call.Service.ShouldBe("modularshop"),
            () => call.Kind.ShouldBe(SpanKind.Client));
        forwarded.ShouldContain(span => span.Service == "modularshop" && span.Kind == SpanKind.Server && span.Name.StartsWith("GET /api/payments", StringComparison.Ordinal), string.Join(Environment.NewLine, forwarded));
    }

    private static void AssertCoversTheCheckout(CheckoutTrace trace, string paymentsService)
    {
        var request = trace.Request;
        request.Attribute("modularshop.module").ShouldBe("Cart");
        request.Attribute("http.response.status_code").ShouldBe("202");

        // Cart's request handling and its database writes sit below the HTTP request, in that order.
        var checkoutCart = trace.OfModule("Cart").Single(span => span.Scope == "ModularShop" && span.Kind == SpanKind.Internal && span.Name.StartsWith("Cart ", StringComparison.Ordinal));
        trace.ParentOf(checkoutCart).ShouldBe(request);
        var cartWrites = trace.DatabaseCommandsOf("Cart").Where(span => trace.ParentOf(span) == checkoutCart).ToList();
        cartWrites.ShouldNotBeEmpty(trace.ToString());
        cartWrites.ShouldAllBe(write => write.Start >= checkoutCart.Start && write.End <= checkoutCart.End);

        // Each module that takes part handles its message inside the same trace, and writes below its handling.
        foreach (var module in new[] { "Ordering", "Inventory", "Payments" })
        {
            var handling = trace.HandlingIn(module).ToList();
            handling.ShouldNotBeEmpty($"{module} has no handling span in the trace:{Environment.NewLine}{trace}");
            handling.ShouldAllBe(span => trace.DescendsFromRequest(span), trace.ToString());
            var writes = trace.DatabaseCommandsOf(module).ToList();
            writes.ShouldNotBeEmpty($"{module} has no database span in the trace:{Environment.NewLine}{trace}");
            writes.ShouldAllBe(write => handling.Any(span => span.SpanId == write.ParentSpanId) || trace.DescendsFromRequest(write), trace.ToString());
        }

        trace.HandlingIn("Payments").ShouldContain(span => span.Service == paymentsService);

        // Nothing in the trace hangs loose: every span but the first has its parent in the trace, and the first is the
        // checkout's request or the client's call that made it.
        trace.Roots().ShouldHaveSingleItem().ShouldSatisfyAllConditions(root => (root == request || root.SpanId == request.ParentSpanId).ShouldBeTrue(trace.ToString()));
    }
}
