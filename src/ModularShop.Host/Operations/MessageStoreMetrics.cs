using System.Diagnostics.Metrics;
using ModularShop.BuildingBlocks.Telemetry;

namespace ModularShop.Host.Operations;

/// <summary>
/// The shop's gauges of its message store, observed from the sampler's last reading: messages waiting per module and
/// store, the age of the oldest of them, and dead letters per module and message. A dead letter count that was seen
/// once goes on being reported, as zero once the dead letters are replayed or discarded, so that it falls rather than vanishes.
/// </summary>
internal sealed class MessageStoreMetrics
{
    public const string Waiting = "modularshop.messages.waiting";
    public const string OldestAge = "modularshop.messages.oldest_age";
    public const string DeadLetters = "modularshop.dead_letters";
    public const string StoreAttribute = "modularshop.store";

    private readonly MessageStoreSampler _sampler;
    private readonly TimeProvider _clock;
    private readonly HashSet<(string Module, string Message)> _deadLettersSeen = [];
    private readonly Lock _seenLock = new();

    public MessageStoreMetrics(IMeterFactory meters, MessageStoreSampler sampler, TimeProvider clock)
    {
        _sampler = sampler;
        _clock = clock;
        var meter = meters.Create(ShopTelemetry.Name);
        meter.CreateObservableGauge(Waiting, ObserveWaiting, "{message}", "Messages stored and not yet handled (inbox, scheduled) or sent (outbox), per module.");
        meter.CreateObservableGauge(OldestAge, ObserveOldestAge, "s", "How long the oldest waiting message has existed, per module and store; 0 when none waits.");
        meter.CreateObservableGauge(DeadLetters, ObserveDeadLetters, "{message}", "Messages whose handler kept failing and that wait for an operator to replay or discard them.");
    }

    private IEnumerable<Measurement<long>> ObserveWaiting() =>
        _sampler.Last.Waiting.Select(waiting => new Measurement<long>(waiting.Count, ModuleAndStore(waiting)));

    private IEnumerable<Measurement<double>> ObserveOldestAge()
    {
        var now = _clock.GetUtcNow();
        return _sampler.Last.Waiting.Select(waiting => new Measurement<double>(waiting.OldestAgeSeconds(now), ModuleAndStore(waiting)));
    }

    private IEnumerable<Measurement<long>> ObserveDeadLetters()
    {
        var counts = _sampler.Last.DeadLetters.ToDictionary(count => (count.Module, count.MessageType), count => count.Count);
        List<(string Module, string Message)> seen;
        lock (_seenLock)
        {
            _deadLettersSeen.UnionWith(counts.Keys);
            seen = [.. _deadLettersSeen];
        }

        return seen.Select(key => new Measurement<long>(
            counts.GetValueOrDefault(key),
            new KeyValuePair<string, object?>(ShopTelemetry.ModuleAttribute, key.Module),
            new KeyValuePair<string, object?>(ShopTelemetry.MessageAttribute, key.Message)));
    }

    private static KeyValuePair<string, object?>[] ModuleAndStore(WaitingMessages waiting) =>
    [
        new(ShopTelemetry.ModuleAttribute, waiting.Module),
        new(StoreAttribute, waiting.Store),
    ];
}
