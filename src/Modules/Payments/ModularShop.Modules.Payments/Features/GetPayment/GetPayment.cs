using MediatR;

namespace ModularShop.Modules.Payments.Features.GetPayment;

/// <summary>The payment of an order, for its customer or an admin; to anyone else it does not exist.</summary>
internal sealed record GetPayment(Guid OrderId, string CallerId, bool CallerIsAdmin) : IRequest<PaymentView>;

internal sealed record PaymentView(Guid OrderId, string Status, decimal Amount, string Currency, string? AuthorizationId, string? Reason,
    DateTimeOffset? CapturedAt, DateTimeOffset? RefundedAt);
