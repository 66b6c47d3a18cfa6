using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Catalog.Domain.Rules;

/// <summary>A price is positive, has at most two decimals and stays below a sanity ceiling.</summary>
internal sealed class PriceMustBeValidRule(decimal price) : IBusinessRule
{
    public const decimal Ceiling = 1_000_000m;

    public bool IsBroken() => price <= 0 || price >= Ceiling || decimal.Round(price, 2) != price;

    /// <summary>What a price must be, in the words both the rule and a refused request use.</summary>
    public static string Requirement => $"above 0, below {Ceiling:0} and have at most two decimals";

    public string Message => $"A price must be {Requirement}; {price} is not.";
}
