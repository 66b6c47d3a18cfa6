using System.Diagnostics;
using System.Net;
using ModularShop.Host.Gateway;
using ModularShop.Testing;
using ModularShop.Testing.Telemetry;
using Xunit.Abstractions;

namespace ModularShop.EndToEndTests.Extraction;

/// <summary>
/// The gateway, with two instances of a module, when one of them goes away before its probes have noticed (as an
/// instance stopped by a rollout does): its port is free and refuses every connection. A call that changes nothing
/// is sent once more, to the other instance; a call that may change something is never sent to a second one.
/// </summary>
public sealed class GatewayFailoverTests(ITestOutputHelper output)
{
    // Far longer than a test: the gateway keeps both instances on its list, and only its calls find one gone.
    private const string ProbesThatDoNotNotice = "00:10:00";

    [Fact]
    public async Task A_safe_call_that_cannot_reach_an_instance_is_answered_by_the_other_one()
    {
        await using var live = await RemoteModuleShops.ServiceAsync("payments");
        await using var shop = await ShopWithOneOfTwoInstancesGoneAsync(live);
        using var retries = new ShopMeasurements(shop);
        using var admin = shop.Admin();

        var answers = new List<HttpStatusCode>();
        var slowest = TimeSpan.Zero;
        for (var call = 0; call < 20; call++)
        {
            var clock = Stopwatch.StartNew();
            answers.Add((await admin.GetAsync("/api/operations/payments/waiting")).StatusCode);
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
        }

        await Eventually.Until(
            () => Retried(retries, GatewayRetries.Answered) >= 1,
            "the gateway to count a call it sent to the other instance");
        output.WriteLine($"20 GETs with one of two instances gone: {answers.Count(status => status == HttpStatusCode.OK)} answered 200, {Retried(retries, GatewayRetries.Answered)} of them by the other instance after the first could not be reached; slowest {slowest.TotalMilliseconds:0} ms.");

        answers.ShouldAllBe(status => status == HttpStatusCode.OK, "the live instance answers what the gone one could not");
        Retried(retries, GatewayRetries.Failed).ShouldBe(0);
    }

    [Fact]
    public async Task A_call_that_may_change_something_is_not_sent_to_another_instance_when_its_own_cannot_be_reached()
    {
        await using var live = await RemoteModuleShops.ServiceAsync("payments");
        await using var shop = await ShopWithOneOfTwoInstancesGoneAsync(live);
        using var retries = new ShopMeasurements(shop);
        using var admin = shop.Admin();

        // Round-robin: every other call goes to the instance that is gone.
        var answers = new List<HttpStatusCode>();
        for (var call = 0; call < 6; call++)
        {
            answers.Add((await admin.PostAsync("/api/operations/payments/dead-letters/replay", null)).StatusCode);
        }

        output.WriteLine($"6 POSTs with one of two instances gone: {string.Join(", ", answers.Select(status => (int)status))}.");

        answers.ShouldContain(HttpStatusCode.BadGateway, "a POST that could not reach its instance is answered as before");
        answers.ShouldAllBe(status => status == HttpStatusCode.Accepted || status == HttpStatusCode.BadGateway);
        retries.Total(GatewayRetries.Instrument).ShouldBe(0);
    }

    /// <summary>A shop whose gateway knows two Payments instances and found both healthy, one of which is then stopped.</summary>
    private static async Task<TestShop> ShopWithOneOfTwoInstancesGoneAsync(TestShop live)
    {
        var gone = await RemoteModuleShops.ServiceAsync("payments");
        var shop = await RemoteModuleShops.ShopWithRemoteAsync("Payments", [gone.BaseAddress, live.BaseAddress], ProbesThatDoNotNotice);
        using var anyone = shop.Anonymous();
        await Eventually.Until(
            async () => (await (await anyone.GetAsync("/health/ready")).Content.ReadAsStringAsync()).Contains("2 of 2 Payments instance(s) take calls", StringComparison.Ordinal),
            "the gateway to find both instances healthy");
        await gone.DisposeAsync();
        return shop;
    }

    private static double Retried(ShopMeasurements retries, string outcome) =>
        retries.Total(GatewayRetries.Instrument, (GatewayRetries.OutcomeAttribute, outcome));
}
