using System.Diagnostics.Metrics;
using ModularShop.BuildingBlocks.Telemetry;
using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Telemetry;

/// <summary>
/// Ordering's business metrics: orders placed, how and how fast their checkouts end, and their parcels. Called only once the change
/// of the order has committed, so that a rolled-back attempt or a message delivered again counts nothing.
/// </summary>
internal sealed class OrderingMetrics
{
    public const string CancelReasonAttribute = "modularshop.cancel_reason";
    public const string OutcomeAttribute = "modularshop.checkout.outcome";

    private readonly Counter<long> _placed;
    private readonly Counter<long> _confirmed;
    private readonly Counter<long> _cancelled;
    private readonly Counter<long> _shipped;
    private readonly Counter<long> _returned;
    private readonly Histogram<double> _checkoutDuration;

    public OrderingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(ShopTelemetry.Name);
        _placed = meter.CreateCounter<long>("modularshop.orders.placed", "{order}", "Orders placed from checked-out carts.");
        _confirmed = meter.CreateCounter<long>("modularshop.orders.confirmed", "{order}", "Orders whose stock is held and payment authorized.");
        _cancelled = meter.CreateCounter<long>("modularshop.orders.cancelled", "{order}", "Orders cancelled, by the cause of their cancellation.");
        _shipped = meter.CreateCounter<long>("modularshop.orders.shipped", "{order}", "Orders whose parcel the carrier has.");
        _returned = meter.CreateCounter<long>("modularshop.orders.returned", "{order}", "Orders whose parcel came back.");
        _checkoutDuration = meter.CreateHistogram(
            "modularshop.checkout.duration",
            "s",
            "From an order's placement to its confirmation or cancellation.",
            advice: new InstrumentAdvice<double>
            {
                // Around the default step timeouts (30 s for stock, 60 s for payment), where a stuck checkout ends.
                HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 90, 120, 300],
            });
    }

    public void Placed() => _placed.Add(1);

    public void Confirmed(Order order)
    {
        _confirmed.Add(1);
        _checkoutDuration.Record((order.ConfirmedAt!.Value - order.PlacedAt).TotalSeconds, new KeyValuePair<string, object?>(OutcomeAttribute, "confirmed"));
    }

    public void Cancelled(Order order, CancellationCause cause)
    {
        _cancelled.Add(1, new KeyValuePair<string, object?>(CancelReasonAttribute, ReasonOf(cause)));
        _checkoutDuration.Record((order.CancelledAt!.Value - order.PlacedAt).TotalSeconds, new KeyValuePair<string, object?>(OutcomeAttribute, "cancelled"));
    }

    /// <summary>An admin cancelled a confirmed order: counted, but its checkout had ended already.</summary>
    public void CancelledAfterConfirmation() =>
        _cancelled.Add(1, new KeyValuePair<string, object?>(CancelReasonAttribute, ReasonOf(CancellationCause.ByAdmin)));

    public void Shipped() => _shipped.Add(1);

    public void Returned() => _returned.Add(1);

    private static string ReasonOf(CancellationCause cause) => cause switch
    {
        CancellationCause.OutOfStock => "out_of_stock",
        CancellationCause.PaymentRefused => "payment_refused",
        CancellationCause.TimedOut => "timed_out",
        CancellationCause.ByAdmin => "by_admin",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
    };
}
