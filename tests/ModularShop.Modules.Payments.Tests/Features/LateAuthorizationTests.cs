using ModularShop.Modules.Payments.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Payments.Tests.Features;

/// <summary>
/// The provider goes on with a request after Payments stopped waiting for it, and authorizes the card after all.
/// Payments voids under the order's key again a while later, so that late authorization does not stay held.
/// </summary>
public sealed class LateAuthorizationTests : IAsyncLifetime
{
    private TestShop _shop = null!;

    public async Task InitializeAsync() =>
        _shop = await TestShop.StartAsync(settings =>
        {
            settings.Values["Modules:Payments:ProviderTimeout"] = "00:00:00.500";
            settings.Values["Modules:Payments:SimulatorLatency"] = "00:00:02";
            settings.Values["Modules:Payments:LateAuthorizationCheckDelay"] = "00:00:04";
        });

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task An_authorization_the_provider_makes_after_payments_gave_up_is_voided_later()
    {
        var orderId = Guid.NewGuid();

        await _shop.AuthorizeAsync(orderId, "gale", Card.Approved);

        (await _shop.AnswersAboutAsync(orderId, 1)).ShouldHaveSingleItem()
            .ShouldBe(new PaymentRefused(orderId, "The payment provider did not answer within 0.5 s."));
        await Eventually.Until(() => _shop.Ledger(orderId).Approved == 1, "the provider to authorize after all");
        await Eventually.Until(() => _shop.Ledger(orderId) == (1, 1, 1), "the late authorization to be voided", TimeSpan.FromSeconds(30));
        (await _shop.PaymentAsync(orderId, "gale")).Status.ShouldBe("Refused");
    }
}
