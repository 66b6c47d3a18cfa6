using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Payments.Contracts;
using ModularShop.Modules.Payments.Domain;
using ModularShop.Modules.Payments.Persistence;
using ModularShop.Modules.Payments.Provider;

namespace ModularShop.Modules.Payments.Features.Refund;

/// <summary>
/// Gives an order's money back: refunds what was captured, voids what is only held. Arriving before the capture, or
/// before any payment, it leaves a voided payment behind, so that the capture or authorization that follows never
/// reaches the card.
/// </summary>
internal sealed class RefundPaymentHandler(
    IOutbox<PaymentsDbContext> outbox,
    IPaymentProvider provider,
    ProviderDeadline deadline,
    TimeProvider clock) : IIntegrationEventHandler<RefundPayment>
{
    public async Task HandleAsync(RefundPayment message, CancellationToken cancellationToken)
    {
        var key = message.OrderId.ToString();
        var payment = await outbox.Db.Payments.FindAsync([message.OrderId], cancellationToken);
        if (payment is null)
        {
            // The message carries no customer: only an admin sees this record.
            outbox.Db.Payments.Add(Payment.VoidedBeforeAuthorization(message.OrderId, "", message.Reason, clock.GetUtcNow()));
            return;
        }

        switch (payment.Status)
        {
            case PaymentStatus.Captured:
                await deadline.WaitAsync("refund", waiting => provider.RefundAsync(key, waiting), cancellationToken);
                payment.Refund(message.Reason, clock.GetUtcNow());
                await AnswerAsync(payment);
                break;
            case PaymentStatus.Refunded:
                await AnswerAsync(payment);
                break;
            case PaymentStatus.Authorized:
                // A capture may be at the provider at this moment: what it took is refunded, what it did not is voided
                // and will not be taken.
                await provider.VoidAsync(key, cancellationToken);
                await deadline.WaitAsync("refund", waiting => provider.RefundAsync(key, waiting), cancellationToken);
                payment.Void(message.Reason, clock.GetUtcNow());
                break;
            case PaymentStatus.CaptureFailed:
                payment.Void(message.Reason, clock.GetUtcNow());
                break;
            case PaymentStatus.Refused:
                // Refused perhaps because the provider did not answer in time: it may have authorized since.
                await provider.VoidAsync(key, cancellationToken);
                break;
        }
    }

    private ValueTask AnswerAsync(Payment payment) =>
        outbox.PublishAsync(new PaymentRefunded(payment.OrderId, payment.Amount, payment.Currency, payment.RefundedAt!.Value));
}
