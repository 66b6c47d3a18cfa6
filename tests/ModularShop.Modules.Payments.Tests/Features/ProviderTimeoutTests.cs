using ModularShop.Modules.Payments.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Payments.Tests.Features;

/// <summary>A provider that does not answer in time: the payment is refused and nothing stays held on the card.</summary>
public sealed class ProviderTimeoutTests : IAsyncLifetime
{
    private TestShop _shop = null!;

    public async Task InitializeAsync() =>
        _shop = await TestShop.StartAsync(settings => settings.Values["Modules:Payments:ProviderTimeout"] = "00:00:00.500");

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task A_provider_that_never_answers_gets_the_payment_refused_and_charges_nothing()
    {
        var orderId = Guid.NewGuid();

        await _shop.AuthorizeAsync(orderId, "fiona", Card.Silent);

        (await _shop.AnswersAboutAsync(orderId, 1)).ShouldHaveSingleItem()
            .ShouldBe(new PaymentRefused(orderId, "The payment provider did not answer within 0.5 s."));
        var payment = await _shop.PaymentAsync(orderId, "fiona");
        (payment.Status, payment.AuthorizationId).ShouldBe(("Refused", null));
        _shop.Ledger(orderId).ShouldBe((0, 0, 0));
    }
}
