namespace ModularShop.Modules.Inventory.Domain;

internal enum ReservationStatus
{
    /// <summary>The order's lines are held.</summary>
    Held,

    /// <summary>There was not enough stock; nothing was held.</summary>
    Refused,

    /// <summary>What was held went back to stock, or the order was cancelled before anything was held.</summary>
    Released,

    /// <summary>The order was confirmed and its units left the stock.</summary>
    Committed,

    /// <summary>The order's committed units went back on hand: its parcel was stopped before it left.</summary>
    Restocked,
}

/// <summary>What Inventory did for one order. One per order: it is how Inventory answers a repeated request the same way.</summary>
internal sealed class Reservation
{
    private readonly List<ReservationLine> _lines = [];

    private Reservation()
    {
    }

    public Guid OrderId { get; private set; }

    public ReservationStatus Status { get; private set; }

    public string? Reason { get; private set; }

    public IReadOnlyList<ReservationLine> Lines => _lines;

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Reservation Hold(Guid orderId, IEnumerable<(Guid ProductId, int Quantity)> lines, DateTimeOffset now)
    {
        var reservation = new Reservation { OrderId = orderId, Status = ReservationStatus.Held, UpdatedAt = now };
        reservation._lines.AddRange(lines.Select(line => new ReservationLine(orderId, line.ProductId, line.Quantity)));
        return reservation;
    }

    public static Reservation Refuse(Guid orderId, string reason, DateTimeOffset now) =>
        new() { OrderId = orderId, Status = ReservationStatus.Refused, Reason = reason, UpdatedAt = now };

    /// <summary>The order was cancelled before its reservation request arrived: that request will be refused.</summary>
    public static Reservation ReleasedBeforeHeld(Guid orderId, string reason, DateTimeOffset now) =>
        new() { OrderId = orderId, Status = ReservationStatus.Released, Reason = reason, UpdatedAt = now };

    public void MarkReleased(string reason, DateTimeOffset now)
    {
        Status = ReservationStatus.Released;
        Reason = reason;
        UpdatedAt = now;
    }

    public void MarkCommitted(DateTimeOffset now)
    {
        Status = ReservationStatus.Committed;
        UpdatedAt = now;
    }

    public void MarkRestocked(string reason, DateTimeOffset now)
    {
        Status = ReservationStatus.Restocked;
        Reason = reason;
        UpdatedAt = now;
    }
}

internal sealed class ReservationLine(Guid orderId, Guid productId, int quantity)
{
    public Guid OrderId { get; private set; } = orderId;

    public Guid ProductId { get; private set; } = productId;

    public int Quantity { get; private set; } = quantity;
}
