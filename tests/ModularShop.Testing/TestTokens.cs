using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ModularShop.Testing;

/// <summary>Signs tokens the way an identity provider would, with the key the test shop is configured with.</summary>
public static class TestTokens
{
    public const string SigningKey = "modularshop-test-signing-key-0123456789abcdef";
    public const string Issuer = "modularshop";
    public const string Audience = "modularshop";

    public static string For(string subject, params string[] roles) => Create(subject, roles, DateTime.UtcNow.AddMinutes(30));

    public static string Expired(string subject) => Create(subject, [], DateTime.UtcNow.AddMinutes(-10));

    public static string SignedWith(string key, string subject) => Create(subject, [], DateTime.UtcNow.AddMinutes(30), key: key);

    /// <summary>A token with <c>"alg": "none"</c> and no signature, which anyone could have written.</summary>
    public static string WithoutSignature(string subject, params string[] roles) => Create(subject, roles, DateTime.UtcNow.AddMinutes(30), key: null);

    /// <summary>Signed with the shop's key, but for another service.</summary>
    public static string ForAudience(string audience, string subject) => Create(subject, [], DateTime.UtcNow.AddMinutes(30), audience: audience);

    /// <summary>Signed with the shop's key, but by an issuer the shop does not trust.</summary>
    public static string FromIssuer(string issuer, string subject) => Create(subject, [], DateTime.UtcNow.AddMinutes(30), issuer: issuer);

    private static string Create(string subject, string[] roles, DateTime expires, string? key = SigningKey, string issuer = Issuer, string audience = Audience)
    {
        var claims = new Dictionary<string, object> { ["sub"] = subject };
        if (roles.Length > 0)
        {
            claims["role"] = roles;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.AddMinutes(-40),
            NotBefore = expires.AddMinutes(-40),
            Expires = expires,
            Claims = claims,
            SigningCredentials = key is null ? null : new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
    }
}
