using MediatR;
using ModularShop.Modules.Cart.Contracts;

namespace ModularShop.Modules.Cart.Features.Checkout;

/// <summary>
/// Turn the customer's cart into an order to be paid with <see cref="PaymentToken"/> and delivered to
/// <see cref="ShippingAddress"/>; answers the new order's id.
/// </summary>
internal sealed record CheckoutCart(string CustomerId, string PaymentToken, ShippingAddress? ShippingAddress) : IRequest<Guid>;

/// <summary>The body of POST /api/cart/checkout. The address is optional, as it was before the shop asked for one.</summary>
internal sealed record CheckoutRequest(string PaymentToken, ShippingAddress? ShippingAddress = null);

/// <summary>The answer: the order exists from now on, and is being processed.</summary>
internal sealed record CheckoutAccepted(Guid OrderId);
