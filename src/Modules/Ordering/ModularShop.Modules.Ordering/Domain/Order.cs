using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Ordering.Domain;

internal enum OrderStatus
{
    /// <summary>Placed; waiting for Inventory to hold the stock.</summary>
    Pending,

    /// <summary>Stock is held; waiting for Payments to authorize the amount.</summary>
    AwaitingPayment,

    Confirmed,

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
        return true;
    }

    /// <summary>Pending or AwaitingPayment → Cancelled; false when the order is already over.</summary>
    public bool Cancel(string reason, DateTimeOffset now)
    {
        if (Status is not (OrderStatus.Pending or OrderStatus.AwaitingPayment))
        {
            return false;
        }

        Status = OrderStatus.Cancelled;
        CancellationReason = reason;
        CancelledAt = now;
        Touch(now);
        return true;
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
