using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace ModularShop.BuildingBlocks.Security;

public static class ShopPolicies
{
    public const string Customer = "customer";
    public const string Admin = "admin";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Customer, policy => policy.RequireAuthenticatedUser().RequireClaim(ShopClaims.Subject));
        options.AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireClaim(ShopClaims.Subject).RequireRole(ShopRoles.Admin));
    }

    /// <summary>The endpoint needs a signed-in customer.</summary>
    public static TBuilder RequireCustomer<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Customer);

    /// <summary>The endpoint needs the role <c>admin</c>.</summary>
    public static TBuilder RequireAdmin<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Admin);
}
