using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.RateLimiting;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Cart.Features.Checkout;

internal static class CheckoutEndpoint
{
    public static void MapCheckout(this IEndpointRouteBuilder api) =>
        api.MapPost("/checkout", async (CheckoutRequest body, ICurrentUser user, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var orderId = await mediator.Send(new CheckoutCart(user.Id, body.PaymentToken, body.ShippingAddress), cancellationToken);
                return TypedResults.Accepted((string?)null, new CheckoutAccepted(orderId));
            })
            .RequireCustomer()
            .RequireRateLimiting(RateLimitPolicies.ExpensiveWrites)
            .WithName("CheckoutCart")
            .WithSummary("Check out the caller's cart, to be paid with a card token and delivered to an address: 202 with the new order's id; the order is confirmed or cancelled shortly after.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
