using System.Diagnostics.Metrics;
using ModularShop.BuildingBlocks.Telemetry;

namespace ModularShop.Modules.Inventory.Telemetry;

/// <summary>
/// Inventory's business metrics: how its reservations for orders end. Called only once the reservation has committed,
/// so that a rolled-back attempt or an order asked for again counts nothing.
/// </summary>
internal sealed class InventoryMetrics
{
    private readonly Counter<long> _held;
    private readonly Counter<long> _refused;

    public InventoryMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(ShopTelemetry.Name);
        _held = meter.CreateCounter<long>("modularshop.stock.reservations.held", "{reservation}", "Reservations that hold every line of an order.");
        _refused = meter.CreateCounter<long>("modularshop.stock.reservations.refused", "{reservation}", "Reservations refused, holding nothing: a line is short or not stocked.");
    }

    public void Held() => _held.Add(1);

    public void Refused() => _refused.Add(1);
}
