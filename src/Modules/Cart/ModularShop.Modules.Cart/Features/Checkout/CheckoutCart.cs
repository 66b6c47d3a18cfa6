using MediatR;

namespace ModularShop.Modules.Cart.Features.Checkout;

/// <summary>Turn the customer's cart into an order to be paid with <see cref="PaymentToken"/>; answers the new order's id.</summary>
internal sealed record CheckoutCart(string CustomerId, string PaymentToken) : IRequest<Guid>;

/// <summary>The body of POST /api/cart/checkout.</summary>
internal sealed record CheckoutRequest(string PaymentToken);

/// <summary>The answer: the order exists from now on, and is being processed.</summary>
internal sealed record CheckoutAccepted(Guid OrderId);
