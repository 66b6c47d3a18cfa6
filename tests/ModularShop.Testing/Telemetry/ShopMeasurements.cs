using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Telemetry;

namespace ModularShop.Testing.Telemetry;

/// <summary>
/// What one shop records on its own meter (<see cref="ShopTelemetry.Name"/>) from the moment this starts listening:
/// other shops of the same test run, with meters of the same name, are not heard.
/// </summary>
public sealed class ShopMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public ShopMeasurements(TestShop shop)
    {
        var meters = shop.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ShopTelemetry.Name && instrument.Meter.Scope == meters)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>The sum of what was recorded on the instrument with at least these attributes: a counter's count.</summary>
    public double Total(string instrument, params (string Key, string Value)[] attributes) =>
        Matching(instrument, attributes).Sum(measurement => measurement.Value);

    /// <summary>How many times something was recorded on the instrument with at least these attributes: a histogram's count.</summary>
    public int Count(string instrument, params (string Key, string Value)[] attributes) =>
        Matching(instrument, attributes).Count();

    /// <summary>The values recorded on the instrument with at least these attributes.</summary>
    public IReadOnlyList<double> Values(string instrument, params (string Key, string Value)[] attributes) =>
        Matching(instrument, attributes).Select(measurement => measurement.Value).ToList();

    /// <summary>
    /// Reads the observable instruments, as a scrape would, and returns what the one named reports now with at least
    /// these attributes; null when it reports nothing.
    /// </summary>
    public double? Observe(string instrument, params (string Key, string Value)[] attributes)
    {
        _listener.RecordObservableInstruments();
        return Values(instrument, attributes) is [.., var last] ? last : null;
    }

    public void Dispose() => _listener.Dispose();

    private IEnumerable<Measurement> Matching(string instrument, (string Key, string Value)[] attributes) =>
        _measurements.Where(measurement =>
            measurement.Instrument == instrument
            && attributes.All(attribute => measurement.Attributes.TryGetValue(attribute.Key, out var value) && value == attribute.Value));

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var attributes = new Dictionary<string, string?>();
        foreach (var tag in tags)
        {
            attributes[tag.Key] = tag.Value?.ToString();
        }

        _measurements.Enqueue(new Measurement(instrument.Name, value, attributes));
    }

    private sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, string?> Attributes);
}
