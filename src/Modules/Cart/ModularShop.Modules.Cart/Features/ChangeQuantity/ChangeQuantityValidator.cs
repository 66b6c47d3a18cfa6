using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.Modules.Cart.Features.ChangeQuantity;

internal sealed class ChangeQuantityValidator(IOptions<CartOptions> options) : IValidator<ChangeQuantity>
{
    public IEnumerable<ValidationError> Validate(ChangeQuantity request) =>
        QuantityValidation.Check(request.Quantity, options.Value.ToLimits());
}
