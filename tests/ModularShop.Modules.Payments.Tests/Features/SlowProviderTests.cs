using ModularShop.Modules.Payments.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Payments.Tests.Features;

/// <summary>A slow provider, and the same request arriving twice while the first is still waiting for it.</summary>
public sealed class SlowProviderTests : IAsyncLifetime
{
    private TestShop _shop = null!;

    public async Task InitializeAsync() =>
        _shop = await TestShop.StartAsync(settings => settings.Values["Modules:Payments:SimulatorLatency"] = "00:00:00.300");

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task The_same_request_arriving_twice_at_once_charges_the_card_once_and_gets_the_same_answer_twice()
    {
        var orderId = Guid.NewGuid();

        await Task.WhenAll(
            Task.Run(() => _shop.AuthorizeAsync(orderId, "gus", Card.Approved)),
            Task.Run(() => _shop.AuthorizeAsync(orderId, "gus", Card.Approved)));

        _shop.Ledger(orderId).ShouldBe((1, 1, 0));
        var answers = await _shop.AnswersAboutAsync(orderId, 2);
        answers.Count.ShouldBe(2);
        answers.Distinct().ShouldHaveSingleItem().ShouldBeOfType<PaymentAuthorized>()
            .AuthorizationId.ShouldBe((await _shop.PaymentAsync(orderId, "gus")).AuthorizationId);
    }
}
