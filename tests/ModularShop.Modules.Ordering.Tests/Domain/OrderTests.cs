using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Tests.Domain;

public sealed class OrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    private static Order NewOrder()
    {
        var id = Guid.NewGuid();
        return Order.Place(id, "alice", [new OrderLine(id, Guid.NewGuid(), "MUG", "Mug", 12.90m, 2), new OrderLine(id, Guid.NewGuid(), "TEA", "Tea", 9.90m, 1)], "EUR", shipTo: null, Now);
    }

    [Fact]
    public void A_placed_order_is_pending_and_totals_its_lines()
    {
        var order = NewOrder();

        order.Status.ShouldBe(OrderStatus.Pending);
        order.Total.ShouldBe(35.70m);
    }

    [Fact]
    public void The_happy_path_goes_pending_awaiting_payment_confirmed()
    {
        var order = NewOrder();

        order.MarkStockReserved(Now).ShouldBeTrue();
        order.Status.ShouldBe(OrderStatus.AwaitingPayment);
        order.Confirm(Now.AddSeconds(1)).ShouldBeTrue();

        order.Status.ShouldBe(OrderStatus.Confirmed);
        order.ConfirmedAt.ShouldBe(Now.AddSeconds(1));
    }

    [Fact]
    public void A_step_answered_twice_moves_the_order_once()
    {
        var order = NewOrder();

        order.MarkStockReserved(Now).ShouldBeTrue();
        order.MarkStockReserved(Now).ShouldBeFalse();
        order.Confirm(Now).ShouldBeTrue();
        order.Confirm(Now).ShouldBeFalse();

        order.Version.ShouldBe(3);
    }

    [Fact]
    public void An_order_cannot_be_confirmed_before_its_stock_is_held()
    {
        var order = NewOrder();

        order.Confirm(Now).ShouldBeFalse();

        order.Status.ShouldBe(OrderStatus.Pending);
    }

    [Fact]
    public void Cancelling_records_why_and_ends_the_process()
    {
        var order = NewOrder();
        order.MarkStockReserved(Now);

        order.Cancel("The card was declined.", Now).ShouldBeTrue();

        order.Status.ShouldBe(OrderStatus.Cancelled);
        order.CancellationReason.ShouldBe("The card was declined.");
        order.Confirm(Now).ShouldBeFalse();
        order.MarkStockReserved(Now).ShouldBeFalse();
        order.Cancel("again", Now).ShouldBeFalse();
        order.CancellationReason.ShouldBe("The card was declined.");
    }

    [Fact]
    public void A_confirmed_order_is_never_cancelled()
    {
        var order = NewOrder();
        order.MarkStockReserved(Now);
        order.Confirm(Now);

        order.Cancel("too late", Now).ShouldBeFalse();

        order.Status.ShouldBe(OrderStatus.Confirmed);
    }
}
