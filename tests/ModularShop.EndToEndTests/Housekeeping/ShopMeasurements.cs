using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Telemetry;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Housekeeping;

/// <summary>
/// What one shop's instruments on the shop's meter measure from now on, as an exporter subscribed to that meter
/// would see it. Other shops in the same test process have meters of the same name: only this shop's are heard.
/// </summary>
internal sealed class ShopMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, string? Module, long Value)> _measurements = new();

    public ShopMeasurements(TestShop shop)
    {
        var meters = shop.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ShopTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, meters))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? module = null;
            foreach (var tag in tags)
            {
                if (tag.Key == ShopTelemetry.ModuleAttribute)
                {
                    module = tag.Value as string;
                }
            }

            _measurements.Enqueue((instrument.Name, module, value));
        });
        _listener.Start();
    }

    /// <summary>Every value the instrument has recorded for the module, in order.</summary>
    public IReadOnlyList<long> Of(string instrument, string module) =>
        _measurements.Where(measurement => measurement.Instrument == instrument && measurement.Module == module).Select(measurement => measurement.Value).ToList();

    /// <summary>Reads the observable instruments, as a scrape would, and answers what the one named reports for the module now.</summary>
    public long? Observe(string instrument, string module)
    {
        _listener.RecordObservableInstruments();
        return Of(instrument, module) is [.., var last] ? last : null;
    }

    public void Dispose() => _listener.Dispose();
}
