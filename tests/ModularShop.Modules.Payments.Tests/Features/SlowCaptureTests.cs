using ModularShop.Modules.Payments.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Payments.Tests.Features;

/// <summary>
/// A provider that does not answer a capture in time: the capture is not given up but left to be tried again, and
/// the provider, which finished it meanwhile, takes the amount only once.
/// </summary>
public sealed class SlowCaptureTests
{
    [Fact]
    public async Task A_capture_the_provider_answers_too_late_is_tried_again_and_takes_the_amount_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        var orderId = Guid.NewGuid();
        await using (var shop = await TestShop.StartAsync(settings => settings.Database = database))
        {
            await shop.AuthorizeAsync(orderId, "jana", Card.Approved);
        }

        var envelopeId = Guid.NewGuid();
        await using (var slow = await TestShop.StartAsync(settings =>
        {
            settings.Database = database;
            settings.Values["Modules:Payments:ProviderTimeout"] = "00:00:00.500";
            settings.Values["Modules:Payments:SimulatorLatency"] = "00:00:02";
        }))
        {
            await Should.ThrowAsync<TimeoutException>(() => slow.CaptureAsync(orderId, envelopeId));

            (await slow.PaymentAsync(orderId, "jana")).Status.ShouldBe("Authorized");
            await Eventually.Until(() => slow.Takings(orderId).Captured == 1, "the provider to capture after all");
        }

        await using var again = await TestShop.StartAsync(settings => settings.Database = database);
        var answers = await again.AnswersWhileAsync(() => again.CaptureAsync(orderId, envelopeId));

        answers.ShouldHaveSingleItem().ShouldBeOfType<PaymentCaptured>().OrderId.ShouldBe(orderId);
        (await again.PaymentAsync(orderId, "jana")).Status.ShouldBe("Captured");
        again.Takings(orderId).ShouldBe((1, 0));
    }
}
