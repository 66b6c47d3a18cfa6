using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Telemetry;

namespace ModularShop.BuildingBlocks.Messaging.Housekeeping;

/// <summary>
/// The size and the purges of each module's handled-message records. The size is the count the last purge took, so
/// that a scrape never touches the database.
/// </summary>
internal sealed class ProcessedMessageMetrics
{
    private readonly Counter<long> _purged;
    private readonly ConcurrentDictionary<string, long> _rows = new();

    public ProcessedMessageMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(ShopTelemetry.Name);
        _purged = meter.CreateCounter<long>(
            "modularshop.processed_messages.purged",
            unit: "{row}",
            description: "Records of handled messages deleted once past their retention.");
        meter.CreateObservableGauge(
            "modularshop.processed_messages.rows",
            ObserveRows,
            unit: "{row}",
            description: "Records of handled messages kept, as the last purge counted them.");
    }

    public void Purged(ModuleDescriptor module, int rows) => _purged.Add(rows, ModuleTag(module.Name));

    public void Counted(ModuleDescriptor module, long rows) => _rows[module.Name] = rows;

    private IEnumerable<Measurement<long>> ObserveRows() =>
        _rows.Select(module => new Measurement<long>(module.Value, ModuleTag(module.Key)));

    private static KeyValuePair<string, object?> ModuleTag(string module) => new(ShopTelemetry.ModuleAttribute, module);
}
