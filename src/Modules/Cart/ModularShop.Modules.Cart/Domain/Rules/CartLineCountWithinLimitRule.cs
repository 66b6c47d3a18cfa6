using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Cart.Domain.Rules;

internal sealed class CartLineCountWithinLimitRule(int lines, int maxLines) : IBusinessRule
{
    public bool IsBroken() => lines > maxLines;

    public string Message => $"A cart holds at most {maxLines} different products.";
}
