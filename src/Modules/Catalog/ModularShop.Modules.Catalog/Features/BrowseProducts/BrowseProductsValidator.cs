using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.Modules.Catalog.Features.BrowseProducts;

internal sealed class BrowseProductsValidator(IOptions<CatalogOptions> options) : IValidator<BrowseProducts>
{
    public const int MaxSearchLength = 100;

    public IEnumerable<ValidationError> Validate(BrowseProducts request)
    {
        foreach (var error in PageValidation.Check(request.Page, request.PageSize, options.Value.MaxPageSize))
        {
            yield return error;
        }

        if (request.Search?.Length > MaxSearchLength)
        {
            yield return new ValidationError("search", $"must be at most {MaxSearchLength} characters");
        }
    }
}
