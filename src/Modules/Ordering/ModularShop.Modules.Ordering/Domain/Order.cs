using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Ordering.Domain;

internal enum OrderStatus
{
    /// <summary>Placed; waiting for Inventory to hold the stock.</summary>
    Pending,

    /// <summary>Stock is held; waiting for Payments to authorize the amount.</summary>
    AwaitingPayment,

    /// <summary>Stock is committed and payment authorized; Shipping is preparing the parcel.</summary>
    Confirmed,

    /// <summary>The carrier has the parcel; the payment is captured now.</summary>
    Shipped,

    /// <summary>The parcel came back; the payment is refunded.</summary>
    Returned,

    Cancelled,
}

/// <summary>
/// An order, and the state of its checkout: the process is nothing more than this row moving forward, in the same
/// transactions as the messages that move it, so a restart finds it where it stood.
/// </summary>
internal sealed class Order : Entity
{
    private readonly List<OrderLine> _lines = [];

    private Order()
    {
    }

    public Guid Id { get; private set; }

    public string CustomerId { get; private set; } = "";

    public OrderStatus Status { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public decimal Total { get; private set; }

    public string Currency { get; private set; } = "";

    public string? CancellationReason { get; private set; }

    /// <summary>None on orders placed before checkout asked for an address, or by a Cart that sends none.</summary>
    public DeliveryAddress? ShipTo { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>None until the order is confirmed and its shipment asked for.</summary>
    public ShipmentProgress? Shipment { get; private set; }

    public string? Carrier { get; private set; }

    public string? TrackingNumber { get; private set; }

    public DateTimeOffset? PackedAt { get; private set; }

    public DateTimeOffset? ShippedAt { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    public long Version { get; private set; }

    public static Order Place(Guid id, string customerId, IEnumerable<OrderLine> lines, string currency, DeliveryAddress? shipTo, DateTimeOffset now)
    {
        var order = new Order
        {
            Id = id,
            CustomerId = customerId,
            Status = OrderStatus.Pending,
            Currency = currency,
            ShipTo = shipTo,
            PlacedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        order._lines.AddRange(lines);
        order.Total = order._lines.Sum(line => line.LineTotal);
        return order;
    }

    /// <summary>Pending → AwaitingPayment: the payment is asked for now. False when the order is anywhere else.</summary>
    public bool MarkStockReserved(DateTimeOffset now) => MoveFrom(OrderStatus.Pending, OrderStatus.AwaitingPayment, now);

    /// <summary>AwaitingPayment → Confirmed; false when the order is anywhere else.</summary>
    public bool Confirm(DateTimeOffset now)
    {
        if (!MoveFrom(OrderStatus.AwaitingPayment, OrderStatus.Confirmed, now))
        {
            return false;
        }

        ConfirmedAt = now;
        Shipment = ShipmentProgress.Waiting;
        return true;
    }

    /// <summary>The parcel of a confirmed order is packed; false when it was told already, or is past that.</summary>
    public bool MarkPacked(DateTimeOffset packedAt, DateTimeOffset now)
    {
        if (Status != OrderStatus.Confirmed || Shipment != ShipmentProgress.Waiting)
        {
            return false;
        }

        Shipment = ShipmentProgress.Packed;
        PackedAt = packedAt;
        Touch(now);
        return true;
    }

    /// <summary>
    /// Confirmed → Shipped, with the carrier's tracking: the payment is to be captured now that the goods have left.
    /// False when the order is anywhere else. A parcel that left although an admin had just cancelled the order is
    /// recorded, and the order stays cancelled.
    /// </summary>
    public bool Ship(string carrier, string trackingNumber, DateTimeOffset shippedAt, DateTimeOffset now)
    {
        var shipping = Status == OrderStatus.Confirmed;
        if (!shipping && !(Status == OrderStatus.Cancelled && Shipment == ShipmentProgress.Cancelled))
        {
            return false;
        }

        Shipment = ShipmentProgress.Shipped;
        Carrier = carrier;
        TrackingNumber = trackingNumber;
        ShippedAt = shippedAt;
        if (shipping)
        {
            Status = OrderStatus.Shipped;
        }

        Touch(now);
        return shipping;
    }

    /// <summary>
    /// The parcel came back: Shipped → Returned, and the money is to be given back; false when no parcel of the
    /// order is out. An order an admin cancelled after it shipped stays cancelled, and its parcel is recorded back.
    /// </summary>
    public bool Return(DateTimeOffset returnedAt, DateTimeOffset now)
    {
        if (Shipment != ShipmentProgress.Shipped)
        {
            return false;
        }

        Shipment = ShipmentProgress.Returned;
        ReturnedAt = returnedAt;
        if (Status == OrderStatus.Shipped)
        {
            Status = OrderStatus.Returned;
        }

        Touch(now);
        return true;
    }

    /// <summary>Pending or AwaitingPayment → Cancelled, as a checkout ends; false when the checkout is over.</summary>
    public bool Cancel(string reason, DateTimeOffset now)
    {
        if (Status is not (OrderStatus.Pending or OrderStatus.AwaitingPayment))
        {
            return false;
        }

        MarkCancelled(reason, now);
        return true;
    }

    /// <summary>Whether an admin may still cancel the order: any time before it is over or has come back.</summary>
    public bool CanBeCancelledByAdmin => Status is not (OrderStatus.Cancelled or OrderStatus.Returned);

    /// <summary>
    /// Confirmed or Shipped → Cancelled, by an admin; false anywhere else (a checkout still running is cancelled with
    /// <see cref="Cancel"/>). A shipment not yet shipped is stopped; one shipped stays shipped.
    /// </summary>
    public bool CancelAfterConfirmation(string reason, DateTimeOffset now)
    {
        if (Status is not (OrderStatus.Confirmed or OrderStatus.Shipped))
        {
            return false;
        }

        if (Shipment is ShipmentProgress.Waiting or ShipmentProgress.Packed)
        {
            Shipment = ShipmentProgress.Cancelled;
        }

        MarkCancelled(reason, now);
        return true;
    }

    private void MarkCancelled(string reason, DateTimeOffset now)
    {
        Status = OrderStatus.Cancelled;
        CancellationReason = reason;
        CancelledAt = now;
        Touch(now);
    }

    private bool MoveFrom(OrderStatus from, OrderStatus to, DateTimeOffset now)
    {
        if (Status != from)
        {
            return false;
        }

        Status = to;
        Touch(now);
        return true;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}

/// <summary>One line of an order, at the price the customer saw when checking out.</summary>
internal sealed class OrderLine(Guid orderId, Guid productId, string sku, string name, decimal unitPrice, int quantity)
{
    public Guid OrderId { get; private set; } = orderId;

    public Guid ProductId { get; private set; } = productId;

    public string Sku { get; private set; } = sku;

    public string Name { get; private set; } = name;

    public decimal UnitPrice { get; private set; } = unitPrice;

    public int Quantity { get; private set; } = quantity;

    public decimal LineTotal => UnitPrice * Quantity;
}
