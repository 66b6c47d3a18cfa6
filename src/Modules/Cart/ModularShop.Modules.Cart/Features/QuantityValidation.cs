using ModularShop.BuildingBlocks.Validation;
using ModularShop.Modules.Cart.Domain;
using ModularShop.Modules.Cart.Domain.Rules;

namespace ModularShop.Modules.Cart.Features;

internal static class QuantityValidation
{
    public static IEnumerable<ValidationError> Check(int quantity, CartLimits limits)
    {
        if (new LineQuantityWithinLimitRule(quantity, limits.MaxQuantityPerLine).IsBroken())
        {
            yield return new ValidationError("quantity", $"must be {LineQuantityWithinLimitRule.Allowed(limits.MaxQuantityPerLine)}");
        }
    }
}
