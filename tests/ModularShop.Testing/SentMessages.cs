using System.Diagnostics.Metrics;

namespace ModularShop.Testing;

/// <summary>How many messages one shop's Wolverine has handed to a transport, from that shop's own meter.</summary>
internal sealed class SentMessages : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _count;

    public SentMessages(Meter wolverine)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == wolverine && instrument.Name == "wolverine-messages-sent")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((_, value, _, _) => Interlocked.Add(ref _count, value));
        _listener.Start();
    }

    public long Count => Interlocked.Read(ref _count);

    public void Dispose() => _listener.Dispose();
}
