using ModularShop.BuildingBlocks.Domain;
using ModularShop.Modules.Shipping.Domain.Rules;

namespace ModularShop.Modules.Shipping.Domain;

/// <summary>
/// The shipment of one confirmed order. There is at most one per order: it is how a repeated request to ship an
/// order ships it once. Each change answers false, and changes nothing, when the shipment is already where it was asked to go.
/// </summary>
internal sealed class Shipment : Entity
{
    private readonly List<ShipmentLine> _lines = [];

    private Shipment()
    {
    }

    public Guid OrderId { get; private set; }

    /// <summary>None when the shipment was cancelled before the request to create it arrived.</summary>
    public string? CustomerId { get; private set; }

    public IReadOnlyList<ShipmentLine> Lines => _lines;

    /// <summary>None for an order placed before checkout asked for an address.</summary>
    public DeliveryAddress? ShipTo { get; private set; }

    public ShipmentStatus Status { get; private set; }

    public string? Carrier { get; private set; }

    public string? TrackingNumber { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PackedAt { get; private set; }

    public DateTimeOffset? ShippedAt { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancellationReason { get; private set; }

    public long Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Shipment Create(
        Guid orderId, string customerId, IEnumerable<(Guid ProductId, string Sku, string Name, int Quantity)> lines, DeliveryAddress? shipTo, DateTimeOffset now)
    {
        var shipment = new Shipment
        {
            OrderId = orderId, CustomerId = customerId, ShipTo = shipTo, Status = ShipmentStatus.Waiting, CreatedAt = now, Version = 1, UpdatedAt = now,
        };
        shipment._lines.AddRange(lines.Select((line, index) => new ShipmentLine(orderId, index + 1, line.ProductId, line.Sku, line.Name, line.Quantity)));
        return shipment;
    }

    /// <summary>The order was cancelled before its shipment was asked for; a later request creates nothing.</summary>
    public static Shipment CancelledBeforeCreation(Guid orderId, string reason, DateTimeOffset now) =>
        new()
        {
            OrderId = orderId, Status = ShipmentStatus.Cancelled, CreatedAt = now, CancelledAt = now,
            CancellationReason = Shorten(reason), Version = 1, UpdatedAt = now,
        };

    /// <summary>Whether the shipment may move to <paramref name="status"/> from where it is now.</summary>
    public IBusinessRule MayBecome(ShipmentStatus status) => new ShipmentMayMoveRule(OrderId, Status, status);

    public bool Pack(DateTimeOffset now)
    {
        if (Status == ShipmentStatus.Packed)
        {
            return false;
        }

        CheckRule(MayBecome(ShipmentStatus.Packed));
        Status = ShipmentStatus.Packed;
        PackedAt = now;
        Touch(now);
        return true;
    }

    /// <summary>Shipping again with the same carrier and tracking number is the same request; with others it is refused.</summary>
    public bool Ship(string carrier, string trackingNumber, DateTimeOffset now)
    {
        if (IsShippedWith(carrier, trackingNumber))
        {
            return false;
        }

        CheckRule(new TrackingNumberMustBeWellFormedRule(trackingNumber));
        CheckRule(MayBecome(ShipmentStatus.Shipped));
        Status = ShipmentStatus.Shipped;
        Carrier = carrier;
        TrackingNumber = trackingNumber;
        ShippedAt = now;
        Touch(now);
        return true;
    }

    public bool IsShippedWith(string carrier, string trackingNumber) =>
        Status == ShipmentStatus.Shipped && Carrier == carrier && TrackingNumber == trackingNumber;

    public bool Return(DateTimeOffset now)
    {
        if (Status == ShipmentStatus.Returned)
        {
            return false;
        }

        CheckRule(MayBecome(ShipmentStatus.Returned));
        Status = ShipmentStatus.Returned;
        ReturnedAt = now;
        Touch(now);
        return true;
    }

    public bool Cancel(string reason, DateTimeOffset now)
    {
        if (Status == ShipmentStatus.Cancelled)
        {
            return false;
        }

        CheckRule(MayBecome(ShipmentStatus.Cancelled));
        Status = ShipmentStatus.Cancelled;
        CancellationReason = Shorten(reason);
        CancelledAt = now;
        Touch(now);
        return true;
    }

    // The reason comes from another module in a message: a longer one is cut rather than left to fail the message forever.
    private static string Shorten(string reason) =>
        reason.Length <= ShippingTextLengths.CancellationReason ? reason : reason[..ShippingTextLengths.CancellationReason];

    private void Touch(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }
}
