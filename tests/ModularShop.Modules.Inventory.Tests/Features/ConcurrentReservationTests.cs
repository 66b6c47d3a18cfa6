using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Inventory.Tests.Features;

/// <summary>Messages racing each other: the shop never holds more than it has, nor keeps what was given back.</summary>
public sealed class ConcurrentReservationTests(InventoryShop fixture) : IClassFixture<InventoryShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task Orders_racing_for_the_last_units_never_hold_more_than_is_on_hand()
    {
        var productId = await _shop.NewProductAsync(onHand: 3);
        var orders = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(orders.Select(orderId => Task.Run(() => _shop.ReserveAsync(orderId, productId, 1))));

        var stock = await _shop.StockOfAsync(productId);
        (stock.OnHand, stock.Reserved, stock.Available).ShouldBe((3, 3, 0));
        var answers = new List<object>();
        foreach (var orderId in orders)
        {
            answers.Add((await _shop.AnswersAboutAsync(orderId, 1)).ShouldHaveSingleItem());
        }

        answers.OfType<StockReserved>().Count().ShouldBe(3);
        answers.OfType<StockReservationFailed>().Count().ShouldBe(5);
    }

    [Fact]
    public async Task A_release_racing_its_reservation_leaves_nothing_held_whichever_comes_first()
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        var orders = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(orders.SelectMany(orderId => new[]
        {
            Task.Run(() => _shop.ReserveAsync(orderId, productId, 1)),
            Task.Run(() => _shop.InboxOf<InventoryModule>().DeliverAsync(new ReleaseStock(orderId, "Order cancelled"))),
        }));

        (await _shop.StockOfAsync(productId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(5), s => s.Reserved.ShouldBe(0));
    }
}
