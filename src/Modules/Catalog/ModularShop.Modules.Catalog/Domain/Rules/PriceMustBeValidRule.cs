using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Catalog.Domain.Rules;

/// <summary>A price is positive, has at most two decimals and stays below a sanity ceiling.</summary>
internal sealed class PriceMustBeValidRule(decimal price) : IBusinessRule
{
    public const decimal Ceiling = 1_000_000m;

    public bool IsBroken() => price <= 0 || price >= Ceiling || decimal.Round(price, 2) != price;

    public string Message => $"A price must be above 0, below {Ceiling:0} and have at most two decimals; {price} is not.";
}
