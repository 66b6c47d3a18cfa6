using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.Modules.Ordering.Features.ListRecentOrders;

internal sealed class ListRecentOrdersValidator : IValidator<ListRecentOrders>
{
    public const int MaxLimit = 100;

    public IEnumerable<ValidationError> Validate(ListRecentOrders request)
    {
        if (request.Status is not null && OrderStatuses.Find(request.Status) is null)
        {
            yield return new ValidationError("status", $"must be one of {string.Join(", ", OrderStatuses.Names)}");
        }

        if (request.Limit < 1 || request.Limit > MaxLimit)
        {
            yield return new ValidationError("limit", $"must be between 1 and {MaxLimit}");
        }
    }
}
