using ModularShop.BuildingBlocks.Validation;
using ModularShop.Modules.Catalog.Domain.Rules;

namespace ModularShop.Modules.Catalog.Features;

internal static class PriceValidation
{
    public static IEnumerable<ValidationError> Check(decimal price)
    {
        if (new PriceMustBeValidRule(price).IsBroken())
        {
            yield return new ValidationError("price", $"must be {PriceMustBeValidRule.Requirement}");
        }
    }
}
