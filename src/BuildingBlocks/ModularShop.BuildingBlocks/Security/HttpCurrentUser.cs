using Microsoft.AspNetCore.Http;

namespace ModularShop.BuildingBlocks.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string Id =>
        accessor.HttpContext?.User.FindFirst(ShopClaims.Subject)?.Value
        ?? throw new InvalidOperationException("There is no signed-in user; the endpoint must require one.");

    public bool IsAdmin => accessor.HttpContext?.User.IsInRole(ShopRoles.Admin) == true;
}
