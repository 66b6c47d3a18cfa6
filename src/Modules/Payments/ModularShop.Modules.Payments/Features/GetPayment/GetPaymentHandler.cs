using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.Modules.Payments.Persistence;

namespace ModularShop.Modules.Payments.Features.GetPayment;

internal sealed class GetPaymentHandler(PaymentsDbContext db) : IRequestHandler<GetPayment, PaymentView>
{
    public async Task<PaymentView> Handle(GetPayment request, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(payment => payment.OrderId == request.OrderId, cancellationToken);
        if (payment is null || (!request.CallerIsAdmin && payment.CustomerId != request.CallerId))
        {
            throw new NotFoundException("Payment for order", request.OrderId);
        }

        return new PaymentView(
            payment.OrderId, payment.Status.ToString(), payment.Amount, payment.Currency, payment.AuthorizationId, payment.Reason,
            payment.CapturedAt, payment.RefundedAt);
    }
}
