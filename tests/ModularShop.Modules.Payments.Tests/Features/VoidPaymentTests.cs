using ModularShop.Modules.Payments.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Payments.Tests.Features;

/// <summary>VoidPayment, delivered as the bus delivers it: after the authorization, before it, or more than once.</summary>
public sealed class VoidPaymentTests(PaymentsShop fixture) : IClassFixture<PaymentsShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task Voiding_an_authorized_payment_releases_the_money_held_on_the_card()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "hana", Card.Approved);

        await _shop.VoidAsync(orderId, "hana", "Order cancelled: out of stock");

        var payment = await _shop.PaymentAsync(orderId, "hana");
        (payment.Status, payment.Reason).ShouldBe(("Voided", "Order cancelled: out of stock"));
        payment.AuthorizationId.ShouldNotBeNull();
        _shop.Ledger(orderId).ShouldBe((1, 1, 1));
    }

    [Fact]
    public async Task A_void_that_overtakes_its_authorization_keeps_the_card_from_being_charged()
    {
        var orderId = Guid.NewGuid();

        await _shop.VoidAsync(orderId, "ivan", "Order cancelled: stock step timed out");
        await _shop.AuthorizeAsync(orderId, "ivan", Card.Approved);

        _shop.Ledger(orderId).ShouldBe((0, 0, 0));
        (await _shop.AnswersAboutAsync(orderId)).ShouldBeEmpty();
        var payment = await _shop.PaymentAsync(orderId, "ivan");
        (payment.Status, payment.AuthorizationId, payment.Reason).ShouldBe(("Voided", null, "Order cancelled: stock step timed out"));
    }

    [Fact]
    public async Task A_void_delivered_twice_or_sent_again_voids_once()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "jonas", Card.Approved);
        var envelopeId = Guid.NewGuid();

        await _shop.VoidAsync(orderId, "jonas", "First reason", envelopeId);
        await _shop.VoidAsync(orderId, "jonas", "First reason", envelopeId);
        await _shop.VoidAsync(orderId, "jonas", "Second reason");

        (await _shop.PaymentAsync(orderId, "jonas")).ShouldSatisfyAllConditions(
            payment => payment.Status.ShouldBe("Voided"),
            payment => payment.Reason.ShouldBe("First reason"));
        _shop.Ledger(orderId).ShouldBe((1, 1, 1));
        using (var db = _shop.OpenDatabase())
        {
            db.Scalar($"SELECT version FROM {_shop.Database.Table("payments", "payments")} WHERE order_id = {TestDatabase.Id(orderId)}").ShouldBe(2);
        }

        _shop.Database.Count("payments", "processed_messages", $"message_id = {TestDatabase.Id(envelopeId)}").ShouldBe(1);
    }

    [Fact]
    public async Task A_refused_payment_stays_refused_when_voided()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "kira", Card.Declined);

        await _shop.VoidAsync(orderId, "kira");

        var payment = await _shop.PaymentAsync(orderId, "kira");
        (payment.Status, payment.Reason).ShouldBe(("Refused", "The card was declined."));
        (await _shop.AnswersAboutAsync(orderId, 1)).ShouldHaveSingleItem().ShouldBeOfType<PaymentRefused>();
    }
}
