using ModularShop.BuildingBlocks.Validation;
using ModularShop.Modules.Shipping.Domain;

namespace ModularShop.Modules.Shipping.Features.ListShipments;

internal sealed class ListShipmentsValidator : IValidator<ListShipments>
{
    public const int MaxPageSize = 100;

    public IEnumerable<ValidationError> Validate(ListShipments request)
    {
        foreach (var error in PageValidation.Check(request.Page, request.PageSize, MaxPageSize))
        {
            yield return error;
        }

        if (request.Status is not null && ShipmentStatuses.Parse(request.Status) is null)
        {
            yield return new ValidationError("status", $"must be one of {string.Join(", ", Enum.GetNames<ShipmentStatus>())}");
        }
    }
}
