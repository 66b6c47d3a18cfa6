using MediatR;

namespace ModularShop.Modules.Ordering.Features.CancelOrder;

/// <summary>An admin cancels an order that is not over yet, and whatever is held or taken for it is asked back.</summary>
internal sealed record CancelOrder(Guid OrderId, string Reason) : IRequest<OrderView>;

/// <summary>The body of <c>POST /api/orders/{orderId}/cancel</c>.</summary>
internal sealed record CancelOrderRequest(string Reason);
