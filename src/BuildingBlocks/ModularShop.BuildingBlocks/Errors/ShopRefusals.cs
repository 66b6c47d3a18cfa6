using ModularShop.BuildingBlocks.Domain;
using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.BuildingBlocks.Errors;

/// <summary>The exceptions by which a module refuses a request on purpose; the host answers each with a 4xx.</summary>
public static class ShopRefusals
{
    public static bool IsRefusal(Exception exception) =>
        exception is RequestValidationException or NotFoundException or ConflictException or BusinessRuleViolationException;
}
