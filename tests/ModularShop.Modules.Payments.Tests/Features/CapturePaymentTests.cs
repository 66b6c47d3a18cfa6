using ModularShop.Modules.Payments.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Payments.Tests.Features;

/// <summary>CapturePayment, delivered as the bus delivers it once the goods have left, sometimes more than once.</summary>
public sealed class CapturePaymentTests(PaymentsShop fixture) : IClassFixture<PaymentsShop>
{
    private static readonly TimeSpan StoredPrecision = TimeSpan.FromMilliseconds(1);

    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task An_authorized_payment_is_captured_and_the_customer_sees_when()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "anna", Card.Approved, amount: 25.80m);

        var answers = await _shop.AnswersWhileAsync(() => _shop.CaptureAsync(orderId));

        var captured = answers.ShouldHaveSingleItem().ShouldBeOfType<PaymentCaptured>();
        (captured.OrderId, captured.Amount, captured.Currency).ShouldBe((orderId, 25.80m, "EUR"));
        var payment = await _shop.PaymentAsync(orderId, "anna");
        (payment.Status, payment.Amount, payment.RefundedAt).ShouldBe(("Captured", 25.80m, null));
        payment.CapturedAt.ShouldNotBeNull().ShouldBe(captured.CapturedAt, StoredPrecision);
        _shop.Takings(orderId).ShouldBe((1, 0));
        _shop.Ledger(orderId).ShouldBe((1, 1, 0));
    }

    [Fact]
    public async Task A_capture_the_issuer_refuses_takes_nothing_releases_the_hold_and_says_why()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "bela", Card.CaptureDeclined);

        var answers = await _shop.AnswersWhileAsync(() => _shop.CaptureAsync(orderId));

        answers.ShouldHaveSingleItem().ShouldBe(new PaymentCaptureFailed(orderId, "The card issuer refused the capture."));
        var payment = await _shop.PaymentAsync(orderId, "bela");
        (payment.Status, payment.Reason, payment.CapturedAt).ShouldBe(("CaptureFailed", "The card issuer refused the capture.", null));
        _shop.Takings(orderId).ShouldBe((0, 0));
        _shop.Ledger(orderId).ShouldBe((1, 1, 1));
    }

    [Fact]
    public async Task The_same_capture_delivered_twice_or_sent_again_takes_the_amount_once_and_answers_the_same()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "cleo", Card.Approved);
        var envelopeId = Guid.NewGuid();

        var answers = await _shop.AnswersWhileAsync(async () =>
        {
            await _shop.CaptureAsync(orderId, envelopeId);
            await _shop.CaptureAsync(orderId, envelopeId);
            await _shop.CaptureAsync(orderId);
        });

        answers.Count.ShouldBe(2);
        answers.Distinct().ShouldHaveSingleItem().ShouldBeOfType<PaymentCaptured>().Amount.ShouldBe(25.80m);
        _shop.Takings(orderId).ShouldBe((1, 0));
        (await _shop.PaymentAsync(orderId, "cleo")).Status.ShouldBe("Captured");
        _shop.Database.Count("payments", "processed_messages", $"message_id = {TestDatabase.Id(envelopeId)}").ShouldBe(1);
    }

    [Fact]
    public async Task A_capture_after_the_payment_was_voided_takes_nothing_and_is_not_answered()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "dino", Card.Approved);
        await _shop.VoidAsync(orderId, "dino", "Order cancelled: out of stock");

        var answers = await _shop.AnswersWhileAsync(() => _shop.CaptureAsync(orderId));

        answers.ShouldBeEmpty();
        var payment = await _shop.PaymentAsync(orderId, "dino");
        (payment.Status, payment.Reason, payment.CapturedAt).ShouldBe(("Voided", "Order cancelled: out of stock", null));
        _shop.Takings(orderId).ShouldBe((0, 0));
        _shop.Ledger(orderId).ShouldBe((1, 1, 1));
    }

    [Fact]
    public async Task A_voided_message_that_comes_after_the_capture_leaves_the_payment_captured()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "elsa", Card.Approved);
        await _shop.CaptureAsync(orderId);

        await _shop.VoidAsync(orderId, "elsa", "Order cancelled: payment step timed out");

        (await _shop.PaymentAsync(orderId, "elsa")).Status.ShouldBe("Captured");
        _shop.Takings(orderId).ShouldBe((1, 0));
        _shop.Ledger(orderId).Voided.ShouldBe(0);
    }

    [Fact]
    public async Task A_capture_for_an_order_without_a_payment_fails_and_is_left_to_be_tried_again()
    {
        var orderId = Guid.NewGuid();
        var envelopeId = Guid.NewGuid();

        await Should.ThrowAsync<InvalidOperationException>(() => _shop.CaptureAsync(orderId, envelopeId));

        _shop.Database.Count("payments", "processed_messages", $"message_id = {TestDatabase.Id(envelopeId)}").ShouldBe(0);
        _shop.Database.Count("payments", "payments", $"order_id = {TestDatabase.Id(orderId)}").ShouldBe(0);
    }
}
