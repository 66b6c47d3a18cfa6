using MediatR;

namespace ModularShop.Modules.Cart.Features.RemoveItem;

internal sealed record RemoveItem(string CustomerId, Guid ProductId) : IRequest;
