using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;
using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Host.Security;

internal static class ShopSecurity
{
    /// <summary>JWT bearer authentication: the subject is the customer, the role <c>admin</c> opens the catalog's writes.</summary>
    public static WebApplicationBuilder AddShopSecurity(this WebApplicationBuilder builder)
    {
        var settings = SettingsReader.Read<TokenSettings>(builder.Configuration, TokenSettings.Section);
        var key = SigningKeys.Resolve(settings, builder.Environment);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(sp => new TokenIssuer(key, settings, sp.GetRequiredService<TimeProvider>()));

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Issuer,
                    ValidAudience = settings.Audience,
                    IssuerSigningKey = key,
                    NameClaimType = ShopClaims.Subject,
                    RoleClaimType = ShopClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                options.Events = new JwtBearerEvents
                {
                    OnChallenge = AuthenticationProblems.WriteChallengeAsync,
                    OnForbidden = AuthenticationProblems.WriteForbiddenAsync,
                };
            });
        builder.Services.AddAuthorization(ShopPolicies.Add);
        return builder;
    }
}
