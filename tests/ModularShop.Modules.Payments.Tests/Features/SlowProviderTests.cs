using ModularShop.Modules.Payments.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Payments.Tests.Features;

/// <summary>A provider that takes a moment to answer, and what arrives for the same order while it does.</summary>
public sealed class SlowProviderTests(SlowProviderTests.SlowProviderShop fixture) : IClassFixture<SlowProviderTests.SlowProviderShop>
{
    private readonly TestShop _shop = fixture.Shop;

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

    [Fact]
    public async Task A_void_arriving_while_the_provider_is_still_authorizing_leaves_nothing_held_on_the_card()
    {
        var orderId = Guid.NewGuid();

        await Task.WhenAll(
            Task.Run(() => _shop.AuthorizeAsync(orderId, "hugo", Card.Approved)),
            Task.Run(() => _shop.VoidAsync(orderId, "hugo", "Order cancelled: payment step timed out")));

        (await _shop.PaymentAsync(orderId, "hugo")).Status.ShouldBe("Voided");
        var (rows, approved, voided) = _shop.Ledger(orderId);
        rows.ShouldBeLessThanOrEqualTo(1);
        voided.ShouldBe(approved);
    }

    public sealed class SlowProviderShop : IAsyncLifetime
    {
        public TestShop Shop { get; private set; } = null!;

        public async Task InitializeAsync() =>
            Shop = await TestShop.StartAsync(settings => settings.Values["Modules:Payments:SimulatorLatency"] = "00:00:00.300");

        public async Task DisposeAsync() => await Shop.DisposeAsync();
    }
}
