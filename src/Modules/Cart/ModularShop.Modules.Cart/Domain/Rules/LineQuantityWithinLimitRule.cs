using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Cart.Domain.Rules;

internal sealed class LineQuantityWithinLimitRule(int quantity, int maxQuantity) : IBusinessRule
{
    public bool IsBroken() => quantity < 1 || quantity > maxQuantity;

    public string Message => $"A cart line holds between 1 and {maxQuantity} units; {quantity} is not allowed.";
}
