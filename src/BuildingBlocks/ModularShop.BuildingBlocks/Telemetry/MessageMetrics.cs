using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ModularShop.BuildingBlocks.Telemetry;

/// <summary>
/// What each module's consumers did with the integration messages delivered to them, by module and message name.
/// Public only because the public <see cref="Messaging.IntegrationEventConsumer{TModule,TEvent}"/> is given it.
/// </summary>
public sealed class MessageMetrics
{
    private readonly Counter<long> _handled;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _duplicates;

    public MessageMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(ShopTelemetry.Name);
        _handled = meter.CreateCounter<long>("modularshop.messages.handled", "{message}", "Messages a module handled and committed.");
        _failed = meter.CreateCounter<long>("modularshop.messages.failed", "{message}", "Attempts to handle a message that failed and were handed back to the bus to retry or dead-letter.");
        _duplicates = meter.CreateCounter<long>("modularshop.messages.duplicates", "{message}", "Messages a module had handled already, delivered again and skipped.");
    }

    internal void Handled(string module, string message) => _handled.Add(1, Attributes(module, message));

    internal void Failed(string module, string message) => _failed.Add(1, Attributes(module, message));

    internal void Duplicate(string module, string message) => _duplicates.Add(1, Attributes(module, message));

    private static TagList Attributes(string module, string message) =>
        new() { { ShopTelemetry.ModuleAttribute, module }, { ShopTelemetry.MessageAttribute, message } };
}
