using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.Modules.Catalog.Features.ChangePrice;

internal sealed class ChangePriceValidator : IValidator<ChangePrice>
{
    public IEnumerable<ValidationError> Validate(ChangePrice request) => PriceValidation.Check(request.Price);
}
