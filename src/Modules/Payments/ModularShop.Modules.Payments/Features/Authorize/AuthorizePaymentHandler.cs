using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Payments.Contracts;
using ModularShop.Modules.Payments.Domain;
using ModularShop.Modules.Payments.Persistence;
using ModularShop.Modules.Payments.Provider;

namespace ModularShop.Modules.Payments.Features.Authorize;

/// <summary>
/// Asks the provider to authorize the order's amount, with the order id as idempotency key, and records the answer.
/// A request for an order that already has a payment is answered from the record, without asking the card again.
/// </summary>
internal sealed class AuthorizePaymentHandler(
    IOutbox<PaymentsDbContext> outbox,
    IPaymentProvider provider,
    ProviderDeadline deadline,
    IOptions<PaymentsOptions> options,
    TimeProvider clock) : IIntegrationEventHandler<AuthorizePayment>
{
    public async Task HandleAsync(AuthorizePayment message, CancellationToken cancellationToken)
    {
        var key = message.OrderId.ToString();
        var earlier = await outbox.Db.Payments.FindAsync([message.OrderId], cancellationToken);
        if (earlier is not null)
        {
            await AnswerAgainAsync(earlier, key, cancellationToken);
            return;
        }

        var answer = await AskProviderAsync(new AuthorizationRequest(key, message.PaymentToken, message.Amount, message.Currency), cancellationToken);
        var now = clock.GetUtcNow();
        if (answer.Approved)
        {
            outbox.Db.Payments.Add(Payment.Authorized(message.OrderId, message.CustomerId, message.Amount, message.Currency, answer.AuthorizationId!, now));
            await outbox.PublishAsync(new PaymentAuthorized(message.OrderId, answer.AuthorizationId!, message.Amount, message.Currency));
        }
        else
        {
            outbox.Db.Payments.Add(Payment.Refused(message.OrderId, message.CustomerId, message.Amount, message.Currency, answer.Reason!, now));
            await outbox.PublishAsync(new PaymentRefused(message.OrderId, answer.Reason!));
            if (answer.ProviderSilent)
            {
                await outbox.ScheduleAsync(
                    new VoidPayment(message.OrderId, message.CustomerId, "The provider did not answer in time; anything it authorized later is voided."),
                    options.Value.LateAuthorizationCheckDelay);
            }
        }
    }

    private async Task<ProviderAnswer> AskProviderAsync(AuthorizationRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await deadline.WaitAsync("authorization", waiting => provider.AuthorizeAsync(request, waiting), cancellationToken);
        }
        catch (TimeoutException)
        {
            // Only our own deadline is a silence; any other cancellation (the shop stopping, say) leaves the message to
            // be handled again, and the provider answers it under the same key.
            // The provider may still authorize after we stopped waiting: void under the same key now, and again
            // later, so nothing it authorizes late stays held.
            await provider.VoidAsync(request.IdempotencyKey, cancellationToken);
            return ProviderAnswer.Silent($"The payment provider did not answer within {options.Value.ProviderTimeout.TotalSeconds:0.#} s.");
        }
    }

    private async Task AnswerAgainAsync(Payment payment, string key, CancellationToken cancellationToken)
    {
        switch (payment.Status)
        {
            case PaymentStatus.Authorized:
                await outbox.PublishAsync(new PaymentAuthorized(payment.OrderId, payment.AuthorizationId!, payment.Amount, payment.Currency));
                break;
            case PaymentStatus.Refused:
                await outbox.PublishAsync(new PaymentRefused(payment.OrderId, payment.Reason!));
                break;
            case PaymentStatus.Voided when payment.AuthorizationId is null:
                // Voided before it was authorized. An earlier attempt may have reached the provider before it
                // failed to record its answer: make sure nothing stays held under this order's key.
                await provider.VoidAsync(key, cancellationToken);
                break;
        }
    }
}
