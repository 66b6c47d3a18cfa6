using ModularShop.BuildingBlocks.Domain;
using ModularShop.Modules.Inventory.Domain;
using ModularShop.Modules.Inventory.Domain.Rules;

namespace ModularShop.Modules.Inventory.Tests.Domain;

public sealed class StockItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    private static StockItem Teapots(int onHand) => StockItem.Open(Guid.NewGuid(), "TEAPOT", "Teapot", onHand, Now);

    [Fact]
    public void Reserving_within_what_is_available_holds_it()
    {
        var item = Teapots(onHand: 5);

        item.Reserve(3, Now);
        item.Reserve(2, Now);

        item.OnHand.ShouldBe(5);
        item.Reserved.ShouldBe(5);
        item.Available.ShouldBe(0);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Reserving_more_than_is_available_or_nothing_at_all_is_refused_and_changes_nothing(int quantity)
    {
        var item = Teapots(onHand: 3);
        item.Reserve(1, Now);

        var violation = Should.Throw<BusinessRuleViolationException>(() => item.Reserve(quantity, Now));

        violation.Rule.ShouldBe(nameof(ReservationWithinAvailableStockRule));
        violation.Message.ShouldBe(quantity < 1 ? $"Teapot (TEAPOT) cannot be ordered {quantity} times." : $"Teapot (TEAPOT) has 2 available, {quantity} ordered.");
        item.Reserved.ShouldBe(1);
        item.Available.ShouldBe(2);
        item.Version.ShouldBe(2);
    }

    [Fact]
    public void Releasing_gives_held_units_back_and_never_goes_below_nothing_held()
    {
        var item = Teapots(onHand: 10);
        item.Reserve(4, Now);

        item.Release(3, Now);
        item.Reserved.ShouldBe(1);

        item.Release(5, Now);
        item.Reserved.ShouldBe(0);
        item.OnHand.ShouldBe(10);
        item.Available.ShouldBe(10);
    }

    [Fact]
    public void Committing_takes_held_units_out_of_the_stock_and_never_below_zero()
    {
        var item = Teapots(onHand: 10);
        item.Reserve(4, Now);

        item.Commit(4, Now);
        item.OnHand.ShouldBe(6);
        item.Reserved.ShouldBe(0);
        item.Available.ShouldBe(6);

        item.Commit(8, Now);
        item.OnHand.ShouldBe(0);
        item.Reserved.ShouldBe(0);
    }

    [Fact]
    public void The_stock_on_hand_can_be_set_down_to_what_is_held_but_not_below()
    {
        var item = Teapots(onHand: 10);
        item.Reserve(4, Now);

        item.SetOnHand(4, Now);
        item.Available.ShouldBe(0);

        var violation = Should.Throw<BusinessRuleViolationException>(() => item.SetOnHand(3, Now));

        violation.Rule.ShouldBe(nameof(OnHandNotBelowReservedRule));
        item.OnHand.ShouldBe(4);
        item.Reserved.ShouldBe(4);
    }

    [Fact]
    public void Every_change_raises_the_version_that_guards_against_concurrent_writers()
    {
        var item = Teapots(onHand: 10);
        item.Version.ShouldBe(1);

        item.Reserve(4, Now);
        item.Release(1, Now);
        item.Commit(3, Now);
        item.SetOnHand(20, Now.AddMinutes(1));

        item.Version.ShouldBe(5);
        item.UpdatedAt.ShouldBe(Now.AddMinutes(1));
    }
}
