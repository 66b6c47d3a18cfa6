using ModularShop.BuildingBlocks.Validation;
using ModularShop.Modules.Cart.Persistence;

namespace ModularShop.Modules.Cart.Features;

internal static class CustomerIdValidation
{
    public static IEnumerable<ValidationError> Check(string customerId)
    {
        if (string.IsNullOrWhiteSpace(customerId) || customerId.Length > CartColumns.CustomerIdLength)
        {
            yield return new ValidationError("sub", $"the token's subject must be 1 to {CartColumns.CustomerIdLength} characters");
        }
    }
}
