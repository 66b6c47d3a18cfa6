using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.Modules.Ordering.Features.ListOrders;

internal sealed class ListOrdersValidator : IValidator<ListOrders>
{
    public const int MaxPageSize = 100;

    public IEnumerable<ValidationError> Validate(ListOrders request)
    {
        if (request.Page < 1)
        {
            yield return new ValidationError("page", "must be 1 or more");
        }

        if (request.PageSize < 1 || request.PageSize > MaxPageSize)
        {
            yield return new ValidationError("pageSize", $"must be between 1 and {MaxPageSize}");
        }
    }
}
