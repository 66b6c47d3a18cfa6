using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Cart.Domain.Rules;

internal sealed class CartHoldsOneCurrencyRule(string? cartCurrency, string productCurrency) : IBusinessRule
{
    public bool IsBroken() => cartCurrency is not null && cartCurrency != productCurrency;

    public string Message => $"The cart holds products priced in {cartCurrency}; a product priced in {productCurrency} cannot join them.";
}
