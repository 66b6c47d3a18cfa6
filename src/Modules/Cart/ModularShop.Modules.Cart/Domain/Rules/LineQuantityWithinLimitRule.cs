using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Cart.Domain.Rules;

internal sealed class LineQuantityWithinLimitRule(int quantity, int maxQuantity) : IBusinessRule
{
    public const int MinQuantity = 1;

    public bool IsBroken() => quantity < MinQuantity || quantity > maxQuantity;

    public string Message => $"A cart line holds {Allowed(maxQuantity)} units; {quantity} is not allowed.";

    /// <summary>The quantities a line may hold, in the words both the rule and a refused request use.</summary>
    public static string Allowed(int maxQuantity) => $"between {MinQuantity} and {maxQuantity}";
}
