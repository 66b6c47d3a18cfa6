using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Payments.Contracts;
using ModularShop.Modules.Payments.Domain;
using ModularShop.Modules.Payments.Persistence;
using ModularShop.Modules.Payments.Provider;

namespace ModularShop.Modules.Payments.Features.Void;

/// <summary>
/// Releases the money held for an order that will not be fulfilled. Arriving first, it leaves a voided payment
/// behind, so the authorization request that follows never reaches the card.
/// </summary>
internal sealed class VoidPaymentHandler(PaymentsDbContext db, IPaymentProvider provider, TimeProvider clock) : IIntegrationEventHandler<VoidPayment>
{
    public async Task HandleAsync(VoidPayment message, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.FindAsync([message.OrderId], cancellationToken);
        if (payment is null)
        {
            db.Payments.Add(Payment.VoidedBeforeAuthorization(message.OrderId, message.CustomerId, message.Reason, clock.GetUtcNow()));
            return;
        }

        switch (payment.Status)
        {
            case PaymentStatus.Authorized:
                await provider.VoidAsync(message.OrderId.ToString(), cancellationToken);
                payment.Void(message.Reason, clock.GetUtcNow());
                break;
            case PaymentStatus.Refused:
                // Refused here, perhaps because the provider did not answer in time: it may have authorized since.
                await provider.VoidAsync(message.OrderId.ToString(), cancellationToken);
                break;
        }
    }
}
