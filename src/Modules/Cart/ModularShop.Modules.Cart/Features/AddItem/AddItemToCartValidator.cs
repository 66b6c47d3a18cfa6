using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.Modules.Cart.Features.AddItem;

internal sealed class AddItemToCartValidator(IOptions<CartOptions> options) : IValidator<AddItemToCart>
{
    public IEnumerable<ValidationError> Validate(AddItemToCart request)
    {
        if (request.ProductId == Guid.Empty)
        {
            yield return new ValidationError("productId", "is required");
        }

        foreach (var error in QuantityValidation.Check(request.Quantity, options.Value.ToLimits()))
        {
            yield return error;
        }
    }
}
