using ModularShop.BuildingBlocks.Validation;
using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Features.CancelOrder;

internal sealed class CancelOrderValidator : IValidator<CancelOrder>
{
    public IEnumerable<ValidationError> Validate(CancelOrder request)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > OrderTextLengths.CancellationReason)
        {
            yield return new ValidationError("reason", $"must be 1 to {OrderTextLengths.CancellationReason} characters, not only spaces");
        }
    }
}
