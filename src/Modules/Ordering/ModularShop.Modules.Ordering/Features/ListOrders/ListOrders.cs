using MediatR;

namespace ModularShop.Modules.Ordering.Features.ListOrders;

/// <summary>The caller's orders, newest first, one page at a time.</summary>
internal sealed record ListOrders(string CustomerId, int Page, int PageSize) : IRequest<OrderPage>;

internal sealed record OrderPage(IReadOnlyList<OrderView> Items, int Page, int PageSize, int Total);
