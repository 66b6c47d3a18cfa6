using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.Modules.Catalog.Features.BrowseProducts;

internal sealed class BrowseProductsValidator(IOptions<CatalogOptions> options) : IValidator<BrowseProducts>
{
    public const int MaxSearchLength = 100;

    public IEnumerable<ValidationError> Validate(BrowseProducts request)
    {
        if (request.Page < 1)
        {
            yield return new ValidationError("page", "must be 1 or more");
        }

        if (request.PageSize < 1 || request.PageSize > options.Value.MaxPageSize)
        {
            yield return new ValidationError("pageSize", $"must be between 1 and {options.Value.MaxPageSize}");
        }

        if (request.Search?.Length > MaxSearchLength)
        {
            yield return new ValidationError("search", $"must be at most {MaxSearchLength} characters");
        }
    }
}
