using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Testing;
using ModularShop.Testing.Telemetry;

namespace ModularShop.Modules.Inventory.Tests.Telemetry;

/// <summary>Inventory's reservation metrics: one count per order's reservation, however often it is asked or retried.</summary>
public sealed class InventoryMetricsTests(InventoryShop fixture) : IClassFixture<InventoryShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task A_reservation_counts_once_as_held_or_refused_however_often_it_is_asked_for()
    {
        var mugs = await _shop.NewProductAsync(onHand: 1);
        using var measurements = new ShopMeasurements(_shop);
        var held = Guid.NewGuid();
        var refused = Guid.NewGuid();
        var envelopeId = Guid.NewGuid();

        await _shop.ReserveAsync(held, mugs, 1, envelopeId);
        await _shop.ReserveAsync(held, mugs, 1, envelopeId);
        await _shop.ReserveAsync(held, mugs, 1);
        await _shop.ReserveAsync(refused, mugs, 1);
        await _shop.ReserveAsync(refused, mugs, 1);

        measurements.Total("modularshop.stock.reservations.held").ShouldBe(1);
        measurements.Total("modularshop.stock.reservations.refused").ShouldBe(1);
    }

    [Fact]
    public async Task Orders_racing_for_the_last_units_count_one_reservation_each_though_the_losers_attempts_rolled_back()
    {
        var teapots = await _shop.NewProductAsync(onHand: 2);
        using var measurements = new ShopMeasurements(_shop);
        var orders = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(orders.Select(order => _shop.ReserveAsync(order, teapots, 1)));

        (await _shop.StockOfAsync(teapots)).Reserved.ShouldBe(2);
        measurements.Total("modularshop.stock.reservations.held").ShouldBe(2);
        measurements.Total("modularshop.stock.reservations.refused").ShouldBe(4);
    }
}
