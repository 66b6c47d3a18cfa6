using ModularShop.Modules.Payments.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Payments.Tests.Features;

/// <summary>AuthorizePayment, delivered as the bus delivers it, sometimes more than once.</summary>
public sealed class AuthorizePaymentTests(PaymentsShop fixture) : IClassFixture<PaymentsShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task A_valid_card_is_authorized_and_the_customer_sees_the_authorized_amount()
    {
        var orderId = Guid.NewGuid();

        await _shop.AuthorizeAsync(orderId, "alice", Card.Approved, amount: 25.80m);

        var authorized = (await _shop.AnswersAboutAsync(orderId, 1)).ShouldHaveSingleItem().ShouldBeOfType<PaymentAuthorized>();
        authorized.AuthorizationId.ShouldStartWith("auth_");
        (authorized.Amount, authorized.Currency).ShouldBe((25.80m, "EUR"));
        (await _shop.PaymentAsync(orderId, "alice")).ShouldBe(new PaymentBody(orderId, "Authorized", 25.80m, "EUR", authorized.AuthorizationId, null));
        _shop.Ledger(orderId).ShouldBe((1, 1, 0));
    }

    [Fact]
    public async Task A_declined_card_is_refused_and_the_customer_sees_why()
    {
        var orderId = Guid.NewGuid();

        await _shop.AuthorizeAsync(orderId, "bruno", Card.Declined);

        (await _shop.AnswersAboutAsync(orderId, 1)).ShouldHaveSingleItem().ShouldBe(new PaymentRefused(orderId, "The card was declined."));
        var payment = await _shop.PaymentAsync(orderId, "bruno");
        (payment.Status, payment.AuthorizationId, payment.Reason).ShouldBe(("Refused", null, "The card was declined."));
        _shop.Ledger(orderId).Approved.ShouldBe(0);
    }

    [Theory]
    [InlineData("tok_mastercard")]
    [InlineData("TOK_VISA")]
    [InlineData("")]
    public async Task Any_other_token_is_refused_as_not_valid(string token)
    {
        var orderId = Guid.NewGuid();

        await _shop.AuthorizeAsync(orderId, "chloe", token);

        (await _shop.AnswersAboutAsync(orderId, 1)).ShouldHaveSingleItem().ShouldBe(new PaymentRefused(orderId, "The payment token is not valid."));
        (await _shop.PaymentAsync(orderId, "chloe")).Status.ShouldBe("Refused");
        _shop.Ledger(orderId).Approved.ShouldBe(0);
    }

    [Fact]
    public async Task The_same_request_delivered_twice_or_sent_again_charges_the_card_once_and_answers_the_same()
    {
        var orderId = Guid.NewGuid();
        var envelopeId = Guid.NewGuid();

        await _shop.AuthorizeAsync(orderId, "dora", Card.Approved, envelopeId: envelopeId);
        await _shop.AuthorizeAsync(orderId, "dora", Card.Approved, envelopeId: envelopeId);
        await _shop.AuthorizeAsync(orderId, "dora", Card.Approved);

        _shop.Ledger(orderId).ShouldBe((1, 1, 0));
        _shop.Database.Count("payments", "processed_messages", $"message_id = {TestDatabase.Id(envelopeId)}").ShouldBe(1);
        _shop.Database.Count("payments", "payments", $"order_id = {TestDatabase.Id(orderId)}").ShouldBe(1);

        var answers = await _shop.AnswersAboutAsync(orderId, 2);
        answers.Count.ShouldBe(2);
        answers.Distinct().ShouldHaveSingleItem().ShouldBeOfType<PaymentAuthorized>()
            .AuthorizationId.ShouldBe((await _shop.PaymentAsync(orderId, "dora")).AuthorizationId);
    }

    [Fact]
    public async Task A_refused_order_asked_again_with_a_good_card_is_refused_again()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "emil", Card.Declined);

        await _shop.AuthorizeAsync(orderId, "emil", Card.Approved);

        (await _shop.AnswersAboutAsync(orderId, 2)).ShouldBe([new PaymentRefused(orderId, "The card was declined."), new PaymentRefused(orderId, "The card was declined.")]);
        (await _shop.PaymentAsync(orderId, "emil")).Status.ShouldBe("Refused");
        _shop.Ledger(orderId).Approved.ShouldBe(0);
    }
}
