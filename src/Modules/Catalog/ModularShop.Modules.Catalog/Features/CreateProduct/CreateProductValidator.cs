using ModularShop.BuildingBlocks.Validation;
using ModularShop.Modules.Catalog.Domain;
using ModularShop.Modules.Catalog.Domain.Rules;

namespace ModularShop.Modules.Catalog.Features.CreateProduct;

internal sealed class CreateProductValidator : IValidator<CreateProduct>
{
    public IEnumerable<ValidationError> Validate(CreateProduct request)
    {
        if (!SkuMustBeWellFormedRule.IsWellFormed(request.Sku))
        {
            yield return new ValidationError("sku", $"must be {SkuMustBeWellFormedRule.Shape}");
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > ProductTextLengths.Name)
        {
            yield return new ValidationError("name", $"must be 1 to {ProductTextLengths.Name} characters");
        }

        if (request.Description.Length > ProductTextLengths.Description)
        {
            yield return new ValidationError("description", $"must be at most {ProductTextLengths.Description} characters");
        }

        foreach (var error in PriceValidation.Check(request.Price))
        {
            yield return error;
        }

        if (request.Currency.Length != ProductTextLengths.Currency || !request.Currency.All(char.IsAsciiLetterUpper))
        {
            yield return new ValidationError("currency", "must be a three-letter ISO 4217 code such as EUR");
        }
    }
}
