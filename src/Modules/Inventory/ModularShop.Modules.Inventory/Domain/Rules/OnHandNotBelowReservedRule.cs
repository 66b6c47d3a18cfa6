using ModularShop.BuildingBlocks.Domain;

namespace ModularShop.Modules.Inventory.Domain.Rules;

internal sealed class OnHandNotBelowReservedRule(int onHand, int reserved) : IBusinessRule
{
    public bool IsBroken() => onHand < reserved;

    public string Message => $"{reserved} units are held for orders; the stock on hand cannot be set to {onHand}.";
}
