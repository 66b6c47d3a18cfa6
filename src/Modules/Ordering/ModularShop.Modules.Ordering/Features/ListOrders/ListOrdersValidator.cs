using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.Modules.Ordering.Features.ListOrders;

internal sealed class ListOrdersValidator : IValidator<ListOrders>
{
    public const int MaxPageSize = 100;

    public IEnumerable<ValidationError> Validate(ListOrders request) => PageValidation.Check(request.Page, request.PageSize, MaxPageSize);
}
