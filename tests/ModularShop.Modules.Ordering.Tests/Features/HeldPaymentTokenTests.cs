using System.Globalization;
using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Modules.Payments.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Ordering.Tests.Features;

/// <summary>
/// The card token waits in a table of its own until the payment is asked for, and the order's own column is still
/// written and read, for the version before, which knows only that column.
/// </summary>
public sealed class HeldPaymentTokenTests(OrderingShop fixture) : IClassFixture<OrderingShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task Once_the_payment_is_asked_for_the_shop_keeps_the_card_token_nowhere()
    {
        var checkout = OrderingShop.Checkout("tessa", "tok_visa", OrderingShop.CeramicMug);

        await fixture.DeliverAsync(checkout, Guid.NewGuid());

        await fixture.WaitForStatusAsync("tessa", checkout.OrderId, "Confirmed");
        _shop.Database.Count("ordering", "held_payment_tokens", $"order_id = {TestDatabase.Id(checkout.OrderId)}").ShouldBe(0);
        _shop.Database.Count("ordering", "orders", $"id = {TestDatabase.Id(checkout.OrderId)} AND payment_token IS NULL").ShouldBe(1);
    }

    [Fact]
    public async Task An_order_the_version_before_placed_is_paid_with_the_token_on_the_order()
    {
        var orderId = Guid.CreateVersion7();
        PlaceAsTheVersionBefore(orderId, "ulla", "tok_visa");

        await fixture.DeliverAsync(new StockReserved(orderId), Guid.NewGuid());

        await fixture.WaitForStatusAsync("ulla", orderId, "Confirmed");
        (await _shop.PublishedAsync<AuthorizePayment>()).ShouldContain(payment => payment.OrderId == orderId && payment.PaymentToken == "tok_visa");
    }

    /// <summary>An order as the code before the expand step stores it: the token in <c>orders.payment_token</c>, nothing held apart.</summary>
    private void PlaceAsTheVersionBefore(Guid orderId, string customer, string paymentToken)
    {
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);
        var id = TestDatabase.Id(orderId);
        using var db = _shop.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText =
            $"INSERT INTO {_shop.Database.Table("ordering", "orders")} (id, customer_id, status, total_cents, currency, payment_token, placed_at, updated_at, version) " +
            $"VALUES ({id}, '{customer}', 'Pending', 1290, 'EUR', '{paymentToken}', '{now}', '{now}', 1);" +
            $"INSERT INTO {_shop.Database.Table("ordering", "order_lines")} (order_id, product_id, sku, name, unit_price_cents, quantity) " +
            $"VALUES ({id}, {TestDatabase.Id(OrderingShop.CeramicMug)}, 'MUG-CERAMIC-350', 'Ceramic Mug 350 ml', 1290, 1);";
        command.ExecuteNonQuery();
    }
}
