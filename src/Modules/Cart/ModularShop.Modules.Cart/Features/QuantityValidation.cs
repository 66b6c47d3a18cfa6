using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.Modules.Cart.Features;

internal static class QuantityValidation
{
    public static IEnumerable<ValidationError> Check(int quantity, CartOptions options)
    {
        if (quantity < 1 || quantity > options.MaxQuantityPerLine)
        {
            yield return new ValidationError("quantity", $"must be between 1 and {options.MaxQuantityPerLine}");
        }
    }
}
