using System.Diagnostics.Metrics;
using ModularShop.BuildingBlocks.Telemetry;

namespace ModularShop.Host.Gateway;

/// <summary>
/// Counts the safe calls that the gateway sent to a second instance of a module because the first could not be
/// reached, and whether the second answered: a rollout shows up here, and a module whose instances all fail shows up
/// as <see cref="Failed"/>.
/// </summary>
internal sealed class GatewayRetries
{
    public const string Instrument = "modularshop.gateway.retries";

    public const string OutcomeAttribute = "modularshop.gateway.retry.outcome";

    public const string Answered = "answered";

    public const string Failed = "failed";

    private readonly Counter<long> _retries;

    public GatewayRetries(IMeterFactory meters) =>
        _retries = meters.Create(ShopTelemetry.Name).CreateCounter<long>(
            Instrument,
            unit: "{call}",
            description: "Safe calls sent to another instance of a module after the first instance could not be reached, by module and by whether the other answered.");

    public void Record(string module, bool answered) =>
        _retries.Add(
            1,
            new KeyValuePair<string, object?>(ShopTelemetry.ModuleAttribute, module),
            new KeyValuePair<string, object?>(OutcomeAttribute, answered ? Answered : Failed));
}
