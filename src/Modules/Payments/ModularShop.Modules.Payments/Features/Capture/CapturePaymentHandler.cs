using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Payments.Contracts;
using ModularShop.Modules.Payments.Domain;
using ModularShop.Modules.Payments.Persistence;
using ModularShop.Modules.Payments.Provider;

namespace ModularShop.Modules.Payments.Features.Capture;

/// <summary>
/// Takes the authorized amount once the goods have left, under the order's key. A capture the provider refuses
/// releases the hold. A capture asked for again is answered from the record; a voided or refunded payment is never
/// captured.
/// </summary>
internal sealed class CapturePaymentHandler(
    IOutbox<PaymentsDbContext> outbox,
    IPaymentProvider provider,
    ProviderDeadline deadline,
    TimeProvider clock) : IIntegrationEventHandler<CapturePayment>
{
    public async Task HandleAsync(CapturePayment message, CancellationToken cancellationToken)
    {
        // Ordering asks for a capture only after the payment was authorized: a missing payment is a defect for an
        // operator to look at, so the message is retried and then kept as a dead letter.
        var payment = await outbox.Db.Payments.FindAsync([message.OrderId], cancellationToken)
            ?? throw new InvalidOperationException($"Order {message.OrderId} has no payment to capture.");
        var key = message.OrderId.ToString();
        switch (payment.Status)
        {
            case PaymentStatus.Authorized:
                var answer = await deadline.WaitAsync("capture", waiting => provider.CaptureAsync(key, waiting), cancellationToken);
                if (answer.Captured)
                {
                    payment.Capture(clock.GetUtcNow());
                }
                else
                {
                    await provider.VoidAsync(key, cancellationToken);
                    payment.FailCapture(answer.Reason!, clock.GetUtcNow());
                }

                await AnswerAsync(payment);
                break;
            case PaymentStatus.Captured or PaymentStatus.CaptureFailed:
                await AnswerAsync(payment);
                break;
        }
    }

    private ValueTask AnswerAsync(Payment payment) =>
        payment.Status == PaymentStatus.Captured
            ? outbox.PublishAsync(new PaymentCaptured(payment.OrderId, payment.Amount, payment.Currency, payment.CapturedAt!.Value))
            : outbox.PublishAsync(new PaymentCaptureFailed(payment.OrderId, payment.Reason!));
}
