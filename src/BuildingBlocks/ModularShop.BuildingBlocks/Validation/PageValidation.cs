namespace ModularShop.BuildingBlocks.Validation;

/// <summary>
/// One page of a list: <c>page</c> counts from 1 and <c>pageSize</c> is 1 to a module's maximum. The rows skipped
/// before the page, (page - 1) × pageSize, must be a count a query can skip: beyond it the product overflows, and
/// PostgreSQL refuses the negative offset while SQLite quietly answers the first page.
/// </summary>
public static class PageValidation
{
    public static IEnumerable<ValidationError> Check(int page, int pageSize, int maxPageSize)
    {
        var sizeIsValid = pageSize >= 1 && pageSize <= maxPageSize;
        if (page < 1)
        {
            yield return new ValidationError("page", "must be 1 or more");
        }
        else if (sizeIsValid && (long)(page - 1) * pageSize > int.MaxValue)
        {
            yield return new ValidationError("page", $"must be at most {LastPage(pageSize)} with a pageSize of {pageSize}");
        }

        if (!sizeIsValid)
        {
            yield return new ValidationError("pageSize", $"must be between 1 and {maxPageSize}");
        }
    }

    private static long LastPage(int pageSize) => int.MaxValue / pageSize + 1;
}
