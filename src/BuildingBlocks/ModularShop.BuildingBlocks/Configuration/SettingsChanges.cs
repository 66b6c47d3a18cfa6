using System.Diagnostics.Metrics;
using ModularShop.BuildingBlocks.Telemetry;

namespace ModularShop.BuildingBlocks.Configuration;

/// <summary>
/// Counts the changes of live settings that each process took or refused, so that an operator hears of a refused
/// change (a typo in the settings file) from an alert, not only from a log line.
/// </summary>
public sealed class SettingsChanges
{
    public const string Instrument = "modularshop.settings.changes";

    public const string SettingsAttribute = "modularshop.settings";

    public const string OutcomeAttribute = "modularshop.settings.outcome";

    public const string Applied = "applied";

    public const string Refused = "refused";

    private readonly Counter<long> _changes;

    public SettingsChanges(IMeterFactory meters) =>
        _changes = meters.Create(ShopTelemetry.Name).CreateCounter<long>(
            Instrument,
            unit: "{change}",
            description: "Changes of live settings while running, by settings and by whether they were applied or refused.");

    internal void Record(string settings, string outcome) =>
        _changes.Add(1, new KeyValuePair<string, object?>(SettingsAttribute, settings), new KeyValuePair<string, object?>(OutcomeAttribute, outcome));
}
