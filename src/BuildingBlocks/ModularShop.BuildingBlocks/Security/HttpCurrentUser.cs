using Microsoft.AspNetCore.Http;
using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.BuildingBlocks.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string Id
    {
        get
        {
            var subject = accessor.HttpContext?.User.FindFirst(ShopClaims.Subject)?.Value
                ?? throw new InvalidOperationException("There is no signed-in user; the endpoint must require one.");

            // Checked here, once for every module: a subject no module could store is refused before any of them looks it up.
            return CustomerIds.IsUsable(subject) ? subject : throw new RequestValidationException(ShopClaims.Subject, CustomerIds.Requirement);
        }
    }

    public bool IsAdmin => accessor.HttpContext?.User.IsInRole(ShopRoles.Admin) == true;
}
