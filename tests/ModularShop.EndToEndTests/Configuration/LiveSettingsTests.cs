using System.Net;
using ModularShop.BuildingBlocks.Configuration;
using ModularShop.Testing;
using ModularShop.Testing.Telemetry;

namespace ModularShop.EndToEndTests.Configuration;

/// <summary>
/// Settings changed in the settings file while the shop runs: a valid change takes effect without a restart, an
/// invalid one is refused and the last good value stays in force, and a file that stops being JSON changes nothing.
/// </summary>
public sealed class LiveSettingsTests
{
    private const string SettingsFile = "SettingsFile";

    [Fact]
    public async Task A_checkout_step_timeout_changed_while_running_takes_effect_and_an_invalid_one_leaves_it_as_it_was()
    {
        using var file = new TestSettingsFile(new { });
        await using var shop = await Demo.StartShopAsync(settings => settings.Values[SettingsFile] = file.Path);
        using var changes = new ShopMeasurements(shop);
        await Demo.WaitUntilInventoryStocksTheCatalogAsync(shop.Database);
        using var customer = shop.Customer("lina");

        file.Write(PaymentStepTimeoutOf("00:00:01"));
        await UntilCountedAsync(changes, "Modules:Ordering", SettingsChanges.Applied);
        var shortened = await CheckoutWithASilentProviderAsync(customer);

        file.Write(PaymentStepTimeoutOf("00:00:00.1"));
        await UntilCountedAsync(changes, "Modules:Ordering", SettingsChanges.Refused);
        var afterTheRefusal = await CheckoutWithASilentProviderAsync(customer);

        file.Replace("""{"Modules": {"Ordering": """);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var afterABrokenFile = await CheckoutWithASilentProviderAsync(customer);

        shortened.ShouldBe("The payment was not authorized within 1 s.");
        afterTheRefusal.ShouldBe("The payment was not authorized within 1 s.", "0.1 s is below the 0.5 s a step may be given");
        afterABrokenFile.ShouldBe("The payment was not authorized within 1 s.");
    }

    [Fact]
    public async Task The_gateway_moves_a_module_from_its_blue_to_its_green_instance_without_a_restart()
    {
        await using var blue = await PaymentsServiceAsync();
        await using var green = await PaymentsServiceAsync();
        using var file = new TestSettingsFile(InstancesOf(blue));
        await using var shop = await TestShop.StartAsync(settings =>
        {
            settings.Values["Modules:Payments:Enabled"] = "false";
            settings.Values["Gateway:HealthCheckInterval"] = "00:00:00.500";
            settings.Values[SettingsFile] = file.Path;
        });
        using var customer = shop.Customer("mira");
        (await customer.GetAsync($"/api/payments/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "blue answers");

        file.Write(InstancesOf(green));
        await Eventually.Until(
            async () => (await (await shop.Anonymous().GetAsync("/health/ready")).Content.ReadAsStringAsync()).Contains(green.BaseAddress.Authority, StringComparison.Ordinal),
            "the gateway to know green");
        await blue.DisposeAsync();

        var answers = new List<HttpStatusCode>();
        for (var call = 0; call < 20; call++)
        {
            answers.Add((await customer.GetAsync($"/api/payments/{Guid.NewGuid()}")).StatusCode);
        }

        answers.ShouldAllBe(status => status == HttpStatusCode.NotFound, "green answers every call once blue is gone");
    }

    [Fact]
    public async Task Gateway_settings_changed_while_running_take_effect_and_an_invalid_change_is_refused_whole()
    {
        using var file = new TestSettingsFile(new { Gateway = new { HealthCheckInterval = "00:00:00.500" } });
        await using var shop = await TestShop.StartAsync(settings =>
        {
            settings.Values["Modules:Payments:Enabled"] = "false";
            settings.Values["Services:payments:http:0"] = HostProcess.FreeAddress().ToString();
            settings.Values[SettingsFile] = file.Path;
        });
        using var changes = new ShopMeasurements(shop);
        using var customer = shop.Customer("nils");
        var before = await RetryAfterOfAnUnavailableModuleAsync(customer);

        file.Write(new { Gateway = new { HealthCheckInterval = "00:00:07" } });
        await UntilCountedAsync(changes, "Gateway", SettingsChanges.Applied);
        var changed = await RetryAfterOfAnUnavailableModuleAsync(customer);
        file.Write(new { Gateway = new { HealthCheckInterval = "00:00:03", Retries = 99 } });
        await UntilCountedAsync(changes, "Gateway", SettingsChanges.Refused);
        var afterTheRefusal = await RetryAfterOfAnUnavailableModuleAsync(customer);

        before.ShouldBe(1);
        changed.ShouldBe(7);
        afterTheRefusal.ShouldBe(7, "Gateway:Retries is at most 10, so the whole change is refused, its valid interval too");
    }

    [Fact]
    public async Task A_rate_limit_changed_while_running_counts_every_client_afresh_and_an_invalid_one_is_refused()
    {
        using var file = new TestSettingsFile(ReadLimitOf(3));
        await using var shop = await TestShop.StartAsync(settings => settings.Values[SettingsFile] = file.Path);
        using var changes = new ShopMeasurements(shop);
        using var anyone = shop.Anonymous();
        var underThree = await ReadsUntilRefusedAsync(anyone);

        file.Write(ReadLimitOf(10));
        await UntilCountedAsync(changes, "RateLimiting", SettingsChanges.Applied);
        var firstReads = await ReadsAsync(anyone, 4);
        file.Write(ReadLimitOf(0));
        await UntilCountedAsync(changes, "RateLimiting", SettingsChanges.Refused);
        var afterTheRefusal = await ReadsUntilRefusedAsync(anyone);

        underThree.ShouldBe(3);
        firstReads.ShouldAllBe(status => status == HttpStatusCode.OK, "a new limit starts every client's count again");
        afterTheRefusal.ShouldBe(6, "0 is refused, so the limit of 10 stays, and 4 of its reads are taken");
    }

    private static object ReadLimitOf(int permits) => new { RateLimiting = new { Reads = new { PermitLimit = permits, Window = "00:10:00" } } };

    private static async Task<List<HttpStatusCode>> ReadsAsync(HttpClient client, int count)
    {
        var answers = new List<HttpStatusCode>();
        for (var call = 0; call < count; call++)
        {
            answers.Add((await client.GetAsync("/api/catalog/products")).StatusCode);
        }

        return answers;
    }

    /// <summary>How many reads of the catalog pass before one is refused.</summary>
    private static async Task<int> ReadsUntilRefusedAsync(HttpClient client)
    {
        for (var passed = 0; passed < 50; passed++)
        {
            if ((await client.GetAsync("/api/catalog/products")).StatusCode == HttpStatusCode.TooManyRequests)
            {
                return passed;
            }
        }

        return int.MaxValue;
    }

    private static async Task<double?> RetryAfterOfAnUnavailableModuleAsync(HttpClient customer)
    {
        var answer = await Eventually.Until(
            () => customer.GetAsync($"/api/payments/{Guid.NewGuid()}"),
            response => response.StatusCode == HttpStatusCode.ServiceUnavailable,
            "the gateway to give up on the only instance");
        return answer.Headers.RetryAfter?.Delta?.TotalSeconds;
    }

    private static object PaymentStepTimeoutOf(string timeout) => new { Modules = new { Ordering = new { PaymentAuthorizationTimeout = timeout } } };

    private static object InstancesOf(TestShop service) =>
        new { Services = new { payments = new { http = new[] { service.BaseAddress.ToString() } } } };

    private static Task<TestShop> PaymentsServiceAsync() =>
        TestShop.StartAsync(settings =>
        {
            settings.Values["Modules:Run"] = "payments";
            settings.Values["Messaging:EnvelopeSchema"] = "wolverine";
        });

    /// <summary>Waits until the shop has taken, or refused, a change of these settings: what an operator's alert would count.</summary>
    private static Task UntilCountedAsync(ShopMeasurements changes, string settings, string outcome) =>
        Eventually.Until(
            () => changes.Total(SettingsChanges.Instrument, (SettingsChanges.SettingsAttribute, settings), (SettingsChanges.OutcomeAttribute, outcome)) >= 1,
            $"a change of {settings} to be {outcome}");

    /// <summary>tok_timeout: the simulated provider never answers, and Payments waits 10 s for it, so Ordering's own step timeout ends the order.</summary>
    private static async Task<string?> CheckoutWithASilentProviderAsync(HttpClient customer)
    {
        var orderId = await Checkout.PlaceAsync(customer, "tok_timeout", (DemoProducts.Sencha, 1));
        return (await Checkout.FinalStateAsync(customer, orderId)).CancellationReason;
    }
}
