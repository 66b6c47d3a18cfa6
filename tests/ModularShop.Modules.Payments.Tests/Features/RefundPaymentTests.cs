using System.Net;
using ModularShop.Modules.Payments.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Payments.Tests.Features;

/// <summary>RefundPayment, delivered as the bus delivers it: after the capture, before it, or more than once.</summary>
public sealed class RefundPaymentTests(PaymentsShop fixture) : IClassFixture<PaymentsShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task A_captured_payment_is_paid_back_once_however_often_the_refund_arrives()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "fred", Card.Approved, amount: 40.00m);
        await _shop.CaptureAsync(orderId);
        var envelopeId = Guid.NewGuid();

        var answers = await _shop.AnswersWhileAsync(async () =>
        {
            await _shop.RefundAsync(orderId, "Order returned", envelopeId);
            await _shop.RefundAsync(orderId, "Order returned", envelopeId);
            await _shop.RefundAsync(orderId, "Order returned");
        });

        answers.Count.ShouldBe(2);
        var refunded = answers.Distinct().ShouldHaveSingleItem().ShouldBeOfType<PaymentRefunded>();
        (refunded.OrderId, refunded.Amount, refunded.Currency).ShouldBe((orderId, 40.00m, "EUR"));
        var payment = await _shop.PaymentAsync(orderId, "fred");
        (payment.Status, payment.Reason).ShouldBe(("Refunded", "Order returned"));
        payment.CapturedAt.ShouldNotBeNull();
        payment.RefundedAt.ShouldNotBeNull().ShouldBe(refunded.RefundedAt, TimeSpan.FromMilliseconds(1));
        _shop.Takings(orderId).ShouldBe((1, 1));
    }

    [Fact]
    public async Task A_refund_before_the_capture_releases_the_hold_and_the_capture_that_follows_takes_nothing()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "gina", Card.Approved);

        var refundAnswers = await _shop.AnswersWhileAsync(() => _shop.RefundAsync(orderId, "Order cancelled by an admin"));
        var captureAnswers = await _shop.AnswersWhileAsync(() => _shop.CaptureAsync(orderId));

        refundAnswers.ShouldBeEmpty();
        captureAnswers.ShouldBeEmpty();
        var payment = await _shop.PaymentAsync(orderId, "gina");
        (payment.Status, payment.Reason, payment.CapturedAt).ShouldBe(("Voided", "Order cancelled by an admin", null));
        _shop.Takings(orderId).ShouldBe((0, 0));
        _shop.Ledger(orderId).ShouldBe((1, 1, 1));
    }

    [Fact]
    public async Task A_refund_after_a_refused_capture_leaves_the_payment_voided_with_nothing_taken()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "hans", Card.CaptureDeclined);
        await _shop.CaptureAsync(orderId);

        var answers = await _shop.AnswersWhileAsync(() => _shop.RefundAsync(orderId, "Order cancelled: capture refused"));

        answers.ShouldBeEmpty();
        (await _shop.PaymentAsync(orderId, "hans")).Status.ShouldBe("Voided");
        _shop.Takings(orderId).ShouldBe((0, 0));
    }

    [Fact]
    public async Task A_refund_that_overtakes_every_other_message_keeps_the_card_from_being_charged()
    {
        var orderId = Guid.NewGuid();

        await _shop.RefundAsync(orderId, "Order cancelled by an admin");
        await _shop.AuthorizeAsync(orderId, "ines", Card.Approved);
        await _shop.CaptureAsync(orderId);

        _shop.Ledger(orderId).ShouldBe((0, 0, 0));
        using var admin = _shop.Admin();
        var response = await admin.GetAsync($"/api/payments/{orderId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadAsync<PaymentBody>()).ShouldSatisfyAllConditions(
            payment => payment.Status.ShouldBe("Voided"),
            payment => payment.AuthorizationId.ShouldBeNull(),
            payment => payment.CapturedAt.ShouldBeNull());
    }
}
