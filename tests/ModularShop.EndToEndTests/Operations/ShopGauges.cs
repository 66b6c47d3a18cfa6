using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Telemetry;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Operations;

/// <summary>Reads one shop's gauges as an exporter would: by observing its meter's instruments, here on demand.</summary>
internal sealed class ShopGauges : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, double> _values = new();

    public ShopGauges(TestShop shop)
    {
        // Every shop of the test run has a meter of this name: only this shop's (made by its own factory) is read.
        var factory = shop.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ShopTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _values[Key(instrument.Name, tags)] = value);
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => _values[Key(instrument.Name, tags)] = value);
        _listener.Start();
    }

    /// <summary>The gauge's value for these attributes (in any order), or null when it reports none.</summary>
    public double? Read(string instrument, params (string Name, string Value)[] attributes)
    {
        _values.Clear();
        _listener.RecordObservableInstruments();
        return _values.TryGetValue(Key(instrument, attributes), out var value) ? value : null;
    }

    public void Dispose() => _listener.Dispose();

    private static string Key(string instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var pairs = new List<(string, string)>();
        foreach (var tag in tags)
        {
            pairs.Add((tag.Key, tag.Value?.ToString() ?? ""));
        }

        return Key(instrument, pairs);
    }

    private static string Key(string instrument, IEnumerable<(string Name, string Value)> attributes) =>
        instrument + "{" + string.Join(",", attributes.OrderBy(pair => pair.Name, StringComparer.Ordinal).Select(pair => $"{pair.Name}={pair.Value}")) + "}";
}
