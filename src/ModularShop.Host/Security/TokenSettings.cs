namespace ModularShop.Host.Security;

/// <summary>The <c>Authentication</c> section: how bearer tokens are signed and checked.</summary>
internal sealed class TokenSettings
{
    public const string Section = "Authentication";

    public string Issuer { get; set; } = "modularshop";

    public string Audience { get; set; } = "modularshop";

    /// <summary>A secret of at least 32 characters. Empty means the built-in development key, which only Development accepts.</summary>
    public string? SigningKey { get; set; }

    public int TokenLifetimeMinutes { get; set; } = 60;
}
