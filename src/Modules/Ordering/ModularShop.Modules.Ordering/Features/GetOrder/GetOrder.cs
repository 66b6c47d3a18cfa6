using MediatR;

namespace ModularShop.Modules.Ordering.Features.GetOrder;

/// <summary>One order, for its customer or an admin; to anyone else it does not exist.</summary>
internal sealed record GetOrder(Guid OrderId, string CallerId, bool CallerIsAdmin) : IRequest<OrderView>;
