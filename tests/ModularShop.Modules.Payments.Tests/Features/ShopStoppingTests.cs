using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModularShop.Modules.Payments.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Payments.Tests.Features;

/// <summary>
/// A payment asked for as the shop begins to stop (SIGTERM in a rolling deployment) is answered as the provider
/// answers it: the stop is no reason to tell the customer that the provider was silent.
/// </summary>
public sealed class ShopStoppingTests
{
    [Fact]
    public async Task A_payment_in_flight_when_the_shop_begins_to_stop_is_authorized_not_refused_as_if_the_provider_were_silent()
    {
        await using var shop = await TestShop.StartAsync(settings => settings.Values["Modules:Payments:SimulatorLatency"] = "00:00:01");
        var orderId = Guid.NewGuid();

        var authorizing = shop.AuthorizeAsync(orderId, "gina", Card.Approved);
        shop.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        await authorizing;

        (await shop.AnswersAboutAsync(orderId, 1)).ShouldHaveSingleItem().ShouldBeOfType<PaymentAuthorized>();
        shop.Ledger(orderId).ShouldBe((1, 1, 0));
    }
}
