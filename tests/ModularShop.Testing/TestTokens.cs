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

    public static string For(string subject, params string[] roles) => Create(subject, roles, DateTime.UtcNow.AddMinutes(30), SigningKey);

    public static string Expired(string subject) => Create(subject, [], DateTime.UtcNow.AddMinutes(-10), SigningKey);

    public static string SignedWith(string key, string subject) => Create(subject, [], DateTime.UtcNow.AddMinutes(30), key);

    private static string Create(string subject, string[] roles, DateTime expires, string key)
    {
        var claims = new Dictionary<string, object> { ["sub"] = subject };
        if (roles.Length > 0)
        {
            claims["role"] = roles;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = expires.AddMinutes(-40),
            NotBefore = expires.AddMinutes(-40),
            Expires = expires,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
    }
}
