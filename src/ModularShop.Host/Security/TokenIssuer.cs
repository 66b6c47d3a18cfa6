using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Host.Security;

/// <summary>Signs bearer tokens with the host's key: used by the development token endpoint and by tests.</summary>
internal sealed class TokenIssuer(SymmetricSecurityKey key, TokenSettings settings, TimeProvider clock)
{
    public string Issue(string subject, IReadOnlyCollection<string> roles)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object> { [ShopClaims.Subject] = subject };
        if (roles.Count > 0)
        {
            claims[ShopClaims.Role] = roles.ToArray();
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(settings.TokenLifetimeMinutes),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
