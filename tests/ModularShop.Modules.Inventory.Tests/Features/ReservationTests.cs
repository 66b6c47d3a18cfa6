using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Inventory.Tests.Features;

/// <summary>
/// Reserving, releasing and committing stock for orders, asked for as Ordering asks: by messages, delivered through
/// the kernel's consumer, sometimes more than once. Each test stocks a product of its own.
/// </summary>
public sealed class ReservationTests(InventoryShop fixture) : IClassFixture<InventoryShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task Reserving_holds_every_line_of_the_order_and_answers_StockReserved()
    {
        var mugs = await _shop.NewProductAsync(onHand: 5);
        var cups = await _shop.NewProductAsync(onHand: 4);
        var orderId = Guid.NewGuid();

        await _shop.InboxOf<InventoryModule>().DeliverAsync(new ReserveStock(orderId, [new StockLine(mugs, 2), new StockLine(cups, 3), new StockLine(mugs, 1)]));

        (await _shop.StockOfAsync(mugs)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(5), s => s.Reserved.ShouldBe(3), s => s.Available.ShouldBe(2));
        (await _shop.StockOfAsync(cups)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(4), s => s.Reserved.ShouldBe(3), s => s.Available.ShouldBe(1));
        (await _shop.AnswersAboutAsync(orderId, 1)).ShouldHaveSingleItem().ShouldBe(new StockReserved(orderId));
    }

    [Fact]
    public async Task An_order_with_a_line_short_of_stock_holds_nothing_and_is_told_which_product_falls_short()
    {
        var plenty = await _shop.NewProductAsync(onHand: 5, sku: $"PLENTY-{Guid.NewGuid():N}"[..16]);
        var scarce = await _shop.NewProductAsync(onHand: 1, sku: $"SCARCE-{Guid.NewGuid():N}"[..16]);
        var orderId = Guid.NewGuid();

        await _shop.InboxOf<InventoryModule>().DeliverAsync(new ReserveStock(orderId, [new StockLine(plenty, 2), new StockLine(scarce, 2)]));

        (await _shop.StockOfAsync(plenty)).Reserved.ShouldBe(0);
        (await _shop.StockOfAsync(scarce)).Reserved.ShouldBe(0);
        var failed = (await _shop.AnswersAboutAsync(orderId, 1)).ShouldHaveSingleItem().ShouldBeOfType<StockReservationFailed>();
        var scarceSku = (await _shop.StockOfAsync(scarce)).Sku;
        failed.Reason.ShouldContain($"({scarceSku}) has 1 available, 2 ordered");
        failed.Reason.ShouldNotContain((await _shop.StockOfAsync(plenty)).Sku);
    }

    [Fact]
    public async Task An_order_for_a_product_inventory_does_not_stock_holds_nothing()
    {
        var stocked = await _shop.NewProductAsync(onHand: 5);
        var unknown = Guid.NewGuid();
        var orderId = Guid.NewGuid();

        await _shop.InboxOf<InventoryModule>().DeliverAsync(new ReserveStock(orderId, [new StockLine(stocked, 1), new StockLine(unknown, 1)]));

        (await _shop.StockOfAsync(stocked)).Reserved.ShouldBe(0);
        (await _shop.AnswersAboutAsync(orderId, 1)).ShouldHaveSingleItem().ShouldBeOfType<StockReservationFailed>()
            .Reason.ShouldContain($"product {unknown} is not stocked");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public async Task A_line_of_no_units_is_refused_and_nothing_is_held(int quantity)
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        var orderId = Guid.NewGuid();

        await _shop.InboxOf<InventoryModule>().DeliverAsync(new ReserveStock(orderId, [new StockLine(productId, quantity)]));

        (await _shop.StockOfAsync(productId)).Reserved.ShouldBe(0);
        (await _shop.AnswersAboutAsync(orderId, 1)).ShouldHaveSingleItem().ShouldBeOfType<StockReservationFailed>()
            .Reason.ShouldContain($"cannot be ordered {quantity} times");
    }

    [Fact]
    public async Task The_same_ReserveStock_delivered_twice_reserves_once()
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        var orderId = Guid.NewGuid();
        var envelopeId = Guid.NewGuid();

        await _shop.ReserveAsync(orderId, productId, 2, envelopeId);
        await _shop.ReserveAsync(orderId, productId, 2, envelopeId);

        (await _shop.StockOfAsync(productId)).Reserved.ShouldBe(2);
        _shop.Database.Count("inventory", "processed_messages", $"message_id = {TestDatabase.Id(envelopeId)}").ShouldBe(1);
        (await _shop.AnswersAboutAsync(orderId, 1)).ShouldHaveSingleItem().ShouldBe(new StockReserved(orderId));
    }

    [Fact]
    public async Task Asking_again_for_the_same_order_reserves_nothing_more_and_answers_the_same()
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        var orderId = Guid.NewGuid();

        await _shop.ReserveAsync(orderId, productId, 2);
        await _shop.ReserveAsync(orderId, productId, 2);

        (await _shop.StockOfAsync(productId)).Reserved.ShouldBe(2);
        (await _shop.AnswersAboutAsync(orderId, 2)).ShouldBe([new StockReserved(orderId), new StockReserved(orderId)]);
    }

    [Fact]
    public async Task A_refused_order_asked_again_is_refused_again_even_after_a_restock()
    {
        var productId = await _shop.NewProductAsync(onHand: 1);
        var orderId = Guid.NewGuid();
        await _shop.ReserveAsync(orderId, productId, 3);
        using var admin = _shop.Admin();
        await admin.PutJsonAsync($"/api/inventory/{productId}", new { onHand = 10 });

        await _shop.ReserveAsync(orderId, productId, 3);

        (await _shop.StockOfAsync(productId)).Reserved.ShouldBe(0);
        var answers = await _shop.AnswersAboutAsync(orderId, 2);
        answers.Count.ShouldBe(2);
        answers.ShouldAllBe(answer => answer is StockReservationFailed);
        answers.Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Releasing_gives_back_what_was_held_for_the_order_once_however_often_it_arrives()
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        var released = Guid.NewGuid();
        var kept = Guid.NewGuid();
        await _shop.ReserveAsync(released, productId, 2);
        await _shop.ReserveAsync(kept, productId, 1);
        var envelopeId = Guid.NewGuid();

        await _shop.InboxOf<InventoryModule>().DeliverAsync(new ReleaseStock(released, "Order cancelled"), envelopeId);
        await _shop.InboxOf<InventoryModule>().DeliverAsync(new ReleaseStock(released, "Order cancelled"), envelopeId);
        await _shop.InboxOf<InventoryModule>().DeliverAsync(new ReleaseStock(released, "Order cancelled"));

        (await _shop.StockOfAsync(productId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(5), s => s.Reserved.ShouldBe(1), s => s.Available.ShouldBe(4));
    }

    [Fact]
    public async Task Committing_takes_what_was_held_out_of_the_stock_once_however_often_it_arrives()
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        var committed = Guid.NewGuid();
        var other = Guid.NewGuid();
        await _shop.ReserveAsync(committed, productId, 2);
        await _shop.ReserveAsync(other, productId, 1);
        var envelopeId = Guid.NewGuid();

        await _shop.InboxOf<InventoryModule>().DeliverAsync(new CommitStock(committed), envelopeId);
        await _shop.InboxOf<InventoryModule>().DeliverAsync(new CommitStock(committed), envelopeId);
        await _shop.InboxOf<InventoryModule>().DeliverAsync(new CommitStock(committed));

        (await _shop.StockOfAsync(productId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(3), s => s.Reserved.ShouldBe(1), s => s.Available.ShouldBe(2));
    }

    [Fact]
    public async Task A_committed_order_released_afterwards_gives_nothing_back()
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        var orderId = Guid.NewGuid();
        await _shop.ReserveAsync(orderId, productId, 2);
        await _shop.InboxOf<InventoryModule>().DeliverAsync(new CommitStock(orderId));

        await _shop.InboxOf<InventoryModule>().DeliverAsync(new ReleaseStock(orderId, "Too late"));

        (await _shop.StockOfAsync(productId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(3), s => s.Reserved.ShouldBe(0));
    }

    [Fact]
    public async Task A_release_that_overtakes_its_reservation_makes_the_reservation_fail()
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        var orderId = Guid.NewGuid();

        await _shop.InboxOf<InventoryModule>().DeliverAsync(new ReleaseStock(orderId, "Order cancelled: payment timed out"));
        await _shop.ReserveAsync(orderId, productId, 2);

        (await _shop.StockOfAsync(productId)).Reserved.ShouldBe(0);
        (await _shop.AnswersAboutAsync(orderId, 1)).ShouldHaveSingleItem().ShouldBeOfType<StockReservationFailed>()
            .Reason.ShouldBe("The order was cancelled before its stock could be reserved.");
    }

    [Fact]
    public async Task Restocking_a_committed_order_puts_its_units_back_on_hand_once_however_often_it_arrives()
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        var orderId = Guid.NewGuid();
        await _shop.ReserveAsync(orderId, productId, 2);
        await _shop.InboxOf<InventoryModule>().DeliverAsync(new CommitStock(orderId));

        await _shop.InboxOf<InventoryModule>().DeliverAsync(new RestockOrder(orderId, "Parcel stopped"));
        await _shop.InboxOf<InventoryModule>().DeliverAsync(new RestockOrder(orderId, "Parcel stopped"));
        await _shop.InboxOf<InventoryModule>().DeliverAsync(new ReleaseStock(orderId, "Parcel stopped"));

        (await _shop.StockOfAsync(productId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(5), s => s.Reserved.ShouldBe(0), s => s.Available.ShouldBe(5));
    }

    [Fact]
    public async Task Restocking_before_the_commit_releases_the_held_units_and_the_late_commit_takes_nothing()
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        var orderId = Guid.NewGuid();
        await _shop.ReserveAsync(orderId, productId, 2);

        await _shop.InboxOf<InventoryModule>().DeliverAsync(new RestockOrder(orderId, "Parcel stopped"));
        (await _shop.StockOfAsync(productId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(5), s => s.Reserved.ShouldBe(0));

        await _shop.InboxOf<InventoryModule>().DeliverAsync(new CommitStock(orderId));
        (await _shop.StockOfAsync(productId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(5), s => s.Reserved.ShouldBe(0), s => s.Available.ShouldBe(5));
    }

    [Fact]
    public async Task A_restock_that_overtakes_its_reservation_makes_the_reservation_fail()
    {
        var productId = await _shop.NewProductAsync(onHand: 5);
        var orderId = Guid.NewGuid();

        await _shop.InboxOf<InventoryModule>().DeliverAsync(new RestockOrder(orderId, "Parcel stopped"));
        await _shop.ReserveAsync(orderId, productId, 2);

        (await _shop.StockOfAsync(productId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(5), s => s.Reserved.ShouldBe(0));
        (await _shop.AnswersAboutAsync(orderId, 1)).ShouldHaveSingleItem().ShouldBeOfType<StockReservationFailed>();
    }
}
