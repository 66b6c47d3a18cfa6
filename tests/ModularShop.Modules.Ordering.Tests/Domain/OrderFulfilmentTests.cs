using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Tests.Domain;

/// <summary>An order's life after confirmation: its parcel, and when an admin may still cancel it.</summary>
public sealed class OrderFulfilmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    private static Order ConfirmedOrder()
    {
        var id = Guid.NewGuid();
        var order = Order.Place(id, "alice", [new OrderLine(id, Guid.NewGuid(), "MUG", "Mug", 12.90m, 2)], "EUR", shipTo: null, Now);
        order.MarkStockReserved(Now);
        order.Confirm(Now);
        return order;
    }

    [Fact]
    public void A_confirmed_order_waits_for_its_parcel_then_ships_once_with_its_tracking()
    {
        var order = ConfirmedOrder();
        order.Shipment.ShouldBe(ShipmentProgress.Waiting);

        order.MarkPacked(Now.AddHours(1), Now).ShouldBeTrue();
        order.MarkPacked(Now.AddHours(2), Now).ShouldBeFalse();
        order.Ship("DHL", "JJD-1", Now.AddHours(3), Now).ShouldBeTrue();
        order.Ship("UPS", "1Z-2", Now.AddHours(4), Now).ShouldBeFalse();

        order.Status.ShouldBe(OrderStatus.Shipped);
        order.Shipment.ShouldBe(ShipmentProgress.Shipped);
        (order.Carrier, order.TrackingNumber, order.PackedAt, order.ShippedAt).ShouldBe(("DHL", "JJD-1", Now.AddHours(1), Now.AddHours(3)));
    }

    [Fact]
    public void Only_a_parcel_that_left_comes_back()
    {
        var order = ConfirmedOrder();
        order.Return(Now, Now).ShouldBeFalse();
        order.Ship("DHL", "JJD-1", Now, Now);

        order.Return(Now.AddDays(3), Now).ShouldBeTrue();
        order.Return(Now.AddDays(4), Now).ShouldBeFalse();

        order.Status.ShouldBe(OrderStatus.Returned);
        order.ReturnedAt.ShouldBe(Now.AddDays(3));
        order.CanBeCancelledByAdmin.ShouldBeFalse();
    }

    [Fact]
    public void Cancelling_a_confirmed_order_stops_its_parcel_and_one_that_left_anyway_is_recorded()
    {
        var order = ConfirmedOrder();

        order.Cancel("timed out", Now).ShouldBeFalse("a checkout's cancellation does not reach a confirmed order");
        order.CancelAfterConfirmation("asked by the customer", Now).ShouldBeTrue();
        order.Shipment.ShouldBe(ShipmentProgress.Cancelled);
        order.CanBeCancelledByAdmin.ShouldBeFalse();

        order.Ship("DHL", "JJD-1", Now, Now).ShouldBeFalse("nothing is to be captured for a cancelled order");
        order.Status.ShouldBe(OrderStatus.Cancelled);
        (order.Shipment, order.TrackingNumber).ShouldBe((ShipmentProgress.Shipped, "JJD-1"));
    }

    [Fact]
    public void Cancelling_a_shipped_order_leaves_its_parcel_shipped()
    {
        var order = ConfirmedOrder();
        order.Ship("DHL", "JJD-1", Now, Now);

        order.CancelAfterConfirmation("lost", Now).ShouldBeTrue();

        order.Status.ShouldBe(OrderStatus.Cancelled);
        order.Shipment.ShouldBe(ShipmentProgress.Shipped);
        order.CancelAfterConfirmation("again", Now).ShouldBeFalse();
    }
}
