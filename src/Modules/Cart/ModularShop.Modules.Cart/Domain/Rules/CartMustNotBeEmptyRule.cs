using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Cart.Domain.Rules;

internal sealed class CartMustNotBeEmptyRule(int lines) : IBusinessRule
{
    public bool IsBroken() => lines == 0;

    public string Message => "The cart is empty; there is nothing to check out.";
}
