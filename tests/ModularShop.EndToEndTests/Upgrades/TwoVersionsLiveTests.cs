using ModularShop.EndToEndTests.Resilience;
using ModularShop.Testing;
using ModularShop.Testing.Telemetry;
using Xunit.Abstractions;

namespace ModularShop.EndToEndTests.Upgrades;

/// <summary>
/// A rolling update of the whole shop in the middle: the previous release (built from the repository's history, see
/// <see cref="PreviousVersion"/>) and the current one serve side by side on one PostgreSQL database and one RabbitMQ
/// virtual host. Both consume from the same queues, so a checkout placed on one is carried on by either; each
/// exports its traces to a collector of its own, which tells which release handled which step. And what the previous
/// release stored to send before it was replaced, the current one sends and handles.
/// </summary>
public sealed class TwoVersionsLiveTests(ITestOutputHelper output)
{
    private const int CheckoutsPerVersion = 20;

    [BrokerFact]
    public async Task The_previous_release_is_the_commit_before_the_contract_step()
    {
        (await PreviousVersion.ParentsOfTheContractStepAsync()).ShouldBe(PreviousVersion.Commit);
    }

    [BrokerFact]
    public async Task Checkouts_placed_on_the_previous_and_the_current_release_at_once_all_end_once_with_messages_crossing_both_ways()
    {
        var previousBuild = await PreviousVersion.PublishShopAsync();
        await using var database = await TestDatabase.CreateAsync();
        await using var previousTraces = await OtlpReceiver.StartAsync();
        await using var currentTraces = await OtlpReceiver.StartAsync();

        // The previous release runs alone first, as before the rollout; the current one joins it and takes its own
        // migrations at start, all but the contract step.
        await using var previous = HostProcess.Start(database, ["--Modules:Catalog:SeedDemoProducts=true", .. ExportTo(previousTraces)], hostDirectory: previousBuild);
        await previous.WaitUntilReadyAsync();
        await Demo.WaitUntilTheCatalogIsKnownAsync(database);
        await using var current = HostProcess.Start(database, ExportTo(currentTraces));
        await current.WaitUntilReadyAsync();

        var onPrevious = new CheckoutBatch(customer => previous.Client(TestTokens.For(customer)), "on-previous");
        var onCurrent = new CheckoutBatch(customer => current.Client(TestTokens.For(customer)), "on-current");
        await Task.WhenAll(onPrevious.RunAsync(CheckoutsPerVersion, concurrency: 2), onCurrent.RunAsync(CheckoutsPerVersion, concurrency: 2));

        // Each release reads the orders the other one took.
        var ended = (await OrderAudit.FinalStatesAsync(customer => current.Client(TestTokens.For(customer)), onPrevious.Accepted, TimeSpan.FromMinutes(2)))
            .Concat(await OrderAudit.FinalStatesAsync(customer => previous.Client(TestTokens.For(customer)), onCurrent.Accepted, TimeSpan.FromMinutes(2)))
            .ToList();
        var crossings = await UntilMessagesCrossBothWaysAsync(previousTraces, currentTraces);
        output.WriteLine($"On the previous release: {onPrevious.Summary}; on the current one: {onCurrent.Summary}.");
        output.WriteLine($"Messages of checkouts placed on the previous release handled by the current one: {crossings.PreviousToCurrent}; the other way: {crossings.CurrentToPrevious}.");
        output.WriteLine($"Handlings by the previous release: {Handlings(previousTraces)}; by the current one: {Handlings(currentTraces)}.");

        onPrevious.Defects.ShouldBeEmpty();
        onCurrent.Defects.ShouldBeEmpty();
        onPrevious.Accepted.Count.ShouldBe(CheckoutsPerVersion);
        onCurrent.Accepted.Count.ShouldBe(CheckoutsPerVersion);
        PlacedCheckout[] placed = [.. onPrevious.Accepted, .. onCurrent.Accepted];
        OrderAudit.EveryOrderEndedAsItsCardSays(placed, ended);
        OrderAudit.NoOrderBeyondTheAccepted(database, placed);
        OrderAudit.PaymentsAgree(database, ended);
        using (var anyone = current.Client())
        {
            await OrderAudit.StockAgreesAsync(anyone, ended);
        }

        // Once no process of the previous release runs, the operator takes the contract step, and the shop goes on.
        await previous.StopAsync();
        previous.ExitCode.ShouldBe(0, previous.Output);
        await using (var contract = HostProcess.Start(database, command: "migrate ordering up DropOrdersPaymentToken"))
        {
            (await contract.WaitForExitAsync(TimeSpan.FromMinutes(1))).ShouldBe(0, contract.Output);
        }

        using var customer = current.Client(TestTokens.For("after-the-contract"));
        var orderId = await Checkout.PlaceAsync(customer, "tok_visa", (Checkout.Frother, 1));
        (await Checkout.FinalStateAsync(customer, orderId)).Status.ShouldBe("Confirmed");
    }

    [BrokerFact]
    public async Task What_the_previous_release_left_in_its_outbox_while_the_broker_was_away_the_current_release_sends_and_handles()
    {
        var previousBuild = await PreviousVersion.PublishShopAsync();
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

    private static string[] ExportTo(OtlpReceiver collector) =>
        [.. collector.ExporterSettings.Select(setting => $"--{setting.Key}={setting.Value}")];

    /// <summary>
    /// Messages of a checkout handled by the release it was not placed on, each way: a checkout's trace begins at its
    /// request, in the collector of the release that took it, and Wolverine's span of each handling is in the trace,
    /// in the collector of the release that handled it.
    /// </summary>
    private static async Task<(int PreviousToCurrent, int CurrentToPrevious)> UntilMessagesCrossBothWaysAsync(OtlpReceiver previous, OtlpReceiver current)
    {
        (int, int) crossings = default;
        try
        {
            await Eventually.Until(
                () =>
                {
                    crossings = (HandledElsewhere(previous, current), HandledElsewhere(current, previous));
                    return Task.FromResult(crossings.Item1 > 0 && crossings.Item2 > 0);
                },
                "messages of checkouts to be handled by the release they were not placed on, both ways",
                TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException none)
        {
            throw new TimeoutException($"{none.Message} ({crossings}). Spans of the previous release: {Kinds(previous)}; of the current one: {Kinds(current)}.", none);
        }

        return crossings;
    }

    private static int Handlings(OtlpReceiver collector) => collector.Spans.Count(IsHandling);

    private static bool IsHandling(ReceivedSpan span) => span.Scope == "Wolverine" && span.Kind is SpanKind.Consumer or SpanKind.Internal;

    private static string Kinds(OtlpReceiver collector) =>
        string.Join(", ", collector.Spans.GroupBy(span => $"{span.Scope} {span.Kind} '{span.Name}'").OrderBy(kind => kind.Key, StringComparer.Ordinal).Select(kind => $"{kind.Key}: {kind.Count()}"));

    private static int HandledElsewhere(OtlpReceiver placedOn, OtlpReceiver other)
    {
        var checkouts = placedOn.Spans
            .Where(span => span.Name == Telemetry.CheckoutTrace.CheckoutRequest && span.Kind == SpanKind.Server)
            .Select(span => span.TraceId)
            .ToHashSet();
        return other.Spans.Count(span => checkouts.Contains(span.TraceId) && IsHandling(span));
    }
}
