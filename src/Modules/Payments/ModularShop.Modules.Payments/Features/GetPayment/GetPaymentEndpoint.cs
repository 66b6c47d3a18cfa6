using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Modules.Payments.Features.GetPayment;

internal static class GetPaymentEndpoint
{
    public static void MapGetPayment(this IEndpointRouteBuilder api) =>
        api.MapGet("/{orderId:guid}", async (Guid orderId, ICurrentUser user, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetPayment(orderId, user.Id, user.IsAdmin), cancellationToken)))
            .RequireCustomer()
            .WithName("GetPayment")
            .WithSummary("The payment of an order: for the order's customer or an admin.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
