using ModularShop.BuildingBlocks.Validation;
using ModularShop.Modules.Shipping.Domain;
using ModularShop.Modules.Shipping.Domain.Rules;

namespace ModularShop.Modules.Shipping.Features.MarkShipped;

internal sealed class MarkShippedValidator : IValidator<MarkShipped>
{
    public IEnumerable<ValidationError> Validate(MarkShipped request)
    {
        if (request.Carrier.Length == 0 || request.Carrier.Length > ShippingTextLengths.Carrier)
        {
            yield return new ValidationError("carrier", $"must be 1 to {ShippingTextLengths.Carrier} characters");
        }

        if (!TrackingNumberMustBeWellFormedRule.IsWellFormed(request.TrackingNumber))
        {
            yield return new ValidationError("trackingNumber", $"must be {TrackingNumberMustBeWellFormedRule.Shape}");
        }
    }
}
