using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Inventory.Tests.Features;

/// <summary>Orders racing for the last units: the shop never holds more than it has.</summary>
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
}
