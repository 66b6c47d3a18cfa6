using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.Modules.Inventory.Features.SetStock;

internal sealed class SetStockValidator : IValidator<SetStock>
{
    public IEnumerable<ValidationError> Validate(SetStock request)
    {
        if (request.OnHand < 0 || request.OnHand > StockLimits.MaxOnHand)
        {
            yield return new ValidationError("onHand", $"must be between 0 and {StockLimits.MaxOnHand}");
        }
    }
}
