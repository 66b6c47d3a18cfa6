using ModularShop.EndToEndTests.Resilience;
using ModularShop.Testing;
using ModularShop.Testing.Telemetry;
using Xunit.Abstractions;

namespace ModularShop.EndToEndTests.Upgrades;

/// <summary>
/// The middle of a rollout: an older and a newer release (built from the repository's history, see
/// <see cref="PastRelease"/>) serve side by side on one PostgreSQL database and one RabbitMQ virtual host. Both
/// consume from the same queues, so a checkout placed on one is carried on by either; each exports its traces to a
/// collector of its own, which tells which release handled which step. Ordering's card tokens move out of the orders
/// table meanwhile: the release before the expand step runs beside the one that expands, that one beside the current
/// release, which then takes the contract step. And what a release stored to send before it was replaced, the
/// current one sends and handles.
/// </summary>
public sealed class TwoVersionsLiveTests(ITestOutputHelper output)
{
    private const int CheckoutsPerRelease = 20;

    [BrokerFact]
    public async Task The_past_releases_are_the_commits_before_the_expand_and_the_contract_steps()
    {
        foreach (var release in new[] { PastRelease.BeforeTheExpandStep, PastRelease.BeforeTheContractStep })
        {
            (await release.ParentsOfTheNextStepAsync()).ShouldBe(release.Commit, $"the commit before the one that added {release.NextStep}");
        }
    }

    [BrokerFact]
    public async Task The_release_before_the_expand_step_and_the_one_that_takes_it_complete_every_checkout_once_with_messages_crossing_both_ways()
    {
        var older = await PastRelease.BeforeTheExpandStep.PublishShopAsync();
        var newer = await PastRelease.BeforeTheContractStep.PublishShopAsync();
        await using var database = await TestDatabase.CreateAsync();

        // The newer release takes the expand step at its start, under the older one, which goes on writing tokens to the column only.
        await using var _ = await SideBySideAsync(database, older, newer);
    }

    [BrokerFact]
    public async Task The_release_before_the_contract_step_and_the_current_one_complete_every_checkout_once_with_messages_crossing_both_ways_and_then_the_contract_step_is_taken()
    {
        var older = await PastRelease.BeforeTheContractStep.PublishShopAsync();
        await using var database = await TestDatabase.CreateAsync();

        // The current release takes the data step at its start, but not the contract step.
        await using var releases = await SideBySideAsync(database, older, newerBuild: null);

        // Once no process of the older release runs, the operator takes the contract step, and the shop goes on.
        await releases.Older.StopAsync();
        releases.Older.ExitCode.ShouldBe(0, releases.Older.Output);
        await using (var contract = HostProcess.Start(database, command: "migrate ordering up DropOrdersPaymentToken"))
        {
            (await contract.WaitForExitAsync(TimeSpan.FromMinutes(1))).ShouldBe(0, contract.Output);
        }

        database.Count("ordering", "held_payment_tokens").ShouldBe(0, "every token was handed to Payments or went with its order");
        using var customer = releases.Newer.Client(TestTokens.For("after-the-contract"));
        var orderId = await Checkout.PlaceAsync(customer, "tok_visa", (DemoProducts.Frother, 1));
        (await Checkout.FinalStateAsync(customer, orderId)).Status.ShouldBe("Confirmed");
    }

    [BrokerFact]
    public async Task What_the_previous_release_left_in_its_outbox_while_the_broker_was_away_the_current_release_sends_and_handles()
    {
        var previousBuild = await PastRelease.BeforeTheContractStep.PublishShopAsync();
        await using var rabbitMq = await ScriptedServer.StartRabbitMqAsync();
        await using var database = await TestDatabase.CreateWithBrokerAsync(rabbitMq);
        await using var previous = HostProcess.Start(database, ["--Modules:Catalog:SeedDemoProducts=true"], hostDirectory: previousBuild);
        await previous.WaitUntilReadyAsync();
        await Demo.WaitUntilTheCatalogIsKnownAsync(database);

        // The broker goes away, the previous release takes checkouts into its outbox and is replaced before it comes back.
        await rabbitMq.StopAsync();
        var batch = new CheckoutBatch(customer => previous.Client(TestTokens.For(customer)), "outbox-upgrade");
        await batch.RunAsync(count: 10, concurrency: 2);
        await previous.StopAsync();
        var leftInTheOutbox = database.MessagesInProgress();
        await rabbitMq.StartAgainAsync();
        await using var current = HostProcess.Start(database);
        await current.WaitUntilReadyAsync();

        var ended = await OrderAudit.FinalStatesAsync(customer => current.Client(TestTokens.For(customer)), batch.Accepted, TimeSpan.FromMinutes(2));
        output.WriteLine($"The previous release left {leftInTheOutbox} messages unsent when it stopped; answers: {batch.Summary}.");

        previous.ExitCode.ShouldBe(0, previous.Output);
        batch.Defects.ShouldBeEmpty();
        batch.Accepted.Count.ShouldBe(10);
        leftInTheOutbox.ShouldBeGreaterThanOrEqualTo(10, "each accepted checkout left its CartCheckedOut in the outbox");
        OrderAudit.EveryOrderEndedAsItsCardSays(batch.Accepted, ended);
        OrderAudit.NoOrderBeyondTheAccepted(database, batch.Accepted);
        OrderAudit.PaymentsAgree(database, ended);
        using var anyone = current.Client();
        await OrderAudit.StockAgreesAsync(anyone, ended);
    }

    /// <summary>
    /// The older release alone first, as before the rollout, seeding the catalog; the newer one joins it and takes its
    /// migrations at start; then customers check out on both at once, and every order is audited.
    /// </summary>
    /// <param name="newerBuild">The newer release's build; null for the current one.</param>
    private async Task<LiveReleases> SideBySideAsync(TestDatabase database, string olderBuild, string? newerBuild)
    {
        var olderTraces = await OtlpReceiver.StartAsync();
        var newerTraces = await OtlpReceiver.StartAsync();
        var older = HostProcess.Start(database, ["--Modules:Catalog:SeedDemoProducts=true", .. ExportTo(olderTraces)], hostDirectory: olderBuild);
        var releases = new LiveReleases(older, olderTraces, newerTraces);
        try
        {
            await older.WaitUntilReadyAsync();
            await Demo.WaitUntilTheCatalogIsKnownAsync(database);
            releases.Newer = HostProcess.Start(database, ExportTo(newerTraces), hostDirectory: newerBuild);
            await releases.Newer.WaitUntilReadyAsync();

            var onOlder = new CheckoutBatch(customer => older.Client(TestTokens.For(customer)), "on-older");
            var onNewer = new CheckoutBatch(customer => releases.Newer.Client(TestTokens.For(customer)), "on-newer");
            await Task.WhenAll(onOlder.RunAsync(CheckoutsPerRelease, concurrency: 2), onNewer.RunAsync(CheckoutsPerRelease, concurrency: 2));

            // Each release reads the orders the other one took.
            var ended = (await OrderAudit.FinalStatesAsync(customer => releases.Newer.Client(TestTokens.For(customer)), onOlder.Accepted, TimeSpan.FromMinutes(2)))
                .Concat(await OrderAudit.FinalStatesAsync(customer => older.Client(TestTokens.For(customer)), onNewer.Accepted, TimeSpan.FromMinutes(2)))
                .ToList();
            var (olderToNewer, newerToOlder) = await UntilMessagesCrossBothWaysAsync(olderTraces, newerTraces);
            output.WriteLine($"On the older release: {onOlder.Summary}; on the newer one: {onNewer.Summary}.");
            output.WriteLine($"Handlings of messages of checkouts placed on the older release by the newer one: {olderToNewer}; the other way: {newerToOlder}. All handlings by the older release: {Handlings(olderTraces)}; by the newer one: {Handlings(newerTraces)}.");

            onOlder.Defects.ShouldBeEmpty();
            onNewer.Defects.ShouldBeEmpty();
            onOlder.Accepted.Count.ShouldBe(CheckoutsPerRelease);
            onNewer.Accepted.Count.ShouldBe(CheckoutsPerRelease);
            PlacedCheckout[] placed = [.. onOlder.Accepted, .. onNewer.Accepted];
            OrderAudit.EveryOrderEndedAsItsCardSays(placed, ended);
            OrderAudit.NoOrderBeyondTheAccepted(database, placed);
            OrderAudit.PaymentsAgree(database, ended);
            using var anyone = releases.Newer.Client();
            await OrderAudit.StockAgreesAsync(anyone, ended);
        }
        catch
        {
            await releases.DisposeAsync();
            throw;
        }

        return releases;
    }

    private static string[] ExportTo(OtlpReceiver collector) =>
        [.. collector.ExporterSettings.Select(setting => $"--{setting.Key}={setting.Value}")];

    /// <summary>
    /// Handlings of a checkout's messages by the release it was not placed on, each way: a checkout's trace begins at
    /// its request, in the collector of the release that took it, and Wolverine's span of each handling is in the
    /// trace, in the collector of the release that handled it.
    /// </summary>
    private static async Task<(int OlderToNewer, int NewerToOlder)> UntilMessagesCrossBothWaysAsync(OtlpReceiver older, OtlpReceiver newer)
    {
        (int, int) crossings = default;
        try
        {
            await Eventually.Until(
                () =>
                {
                    crossings = (HandledElsewhere(older, newer), HandledElsewhere(newer, older));
                    return crossings.Item1 > 0 && crossings.Item2 > 0;
                },
                "messages of checkouts to be handled by the release they were not placed on, both ways",
                TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException none)
        {
            throw new TimeoutException($"{none.Message} ({crossings}). Spans of the older release: {Kinds(older)}; of the newer one: {Kinds(newer)}.", none);
        }

        return crossings;
    }

    private static int HandledElsewhere(OtlpReceiver placedOn, OtlpReceiver other)
    {
        var checkouts = placedOn.Spans
            .Where(span => span.Name == Telemetry.CheckoutTrace.CheckoutRequest && span.Kind == SpanKind.Server)
            .Select(span => span.TraceId)
            .ToHashSet();
        return other.Spans.Count(span => checkouts.Contains(span.TraceId) && IsHandling(span));
    }

    private static int Handlings(OtlpReceiver collector) => collector.Spans.Count(IsHandling);

    private static bool IsHandling(ReceivedSpan span) => span.Scope == "Wolverine" && span.Kind is SpanKind.Consumer or SpanKind.Internal;

    private static string Kinds(OtlpReceiver collector) =>
        string.Join(", ", collector.Spans.GroupBy(span => $"{span.Scope} {span.Kind} '{span.Name}'").OrderBy(kind => kind.Key, StringComparer.Ordinal).Select(kind => $"{kind.Key}: {kind.Count()}"));

    /// <summary>The two releases' processes and their collectors, stopped and disposed together.</summary>
    private sealed class LiveReleases(HostProcess older, OtlpReceiver olderTraces, OtlpReceiver newerTraces) : IAsyncDisposable
    {
        public HostProcess Older { get; } = older;

        public HostProcess Newer { get; set; } = null!;

        public async ValueTask DisposeAsync()
        {
            await Older.DisposeAsync();
            if (Newer is not null)
            {
                await Newer.DisposeAsync();
            }

            await olderTraces.DisposeAsync();
            await newerTraces.DisposeAsync();
        }
    }
}
