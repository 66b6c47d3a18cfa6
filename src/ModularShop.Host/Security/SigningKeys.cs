using System.Text;
using Microsoft.IdentityModel.Tokens;

using ModularShop.BuildingBlocks.Configuration;

namespace ModularShop.Host.Security;

/// <summary>Chooses the token signing key and refuses the ones that must never protect a real shop.</summary>
internal static class SigningKeys
{
    /// <summary>Public by nature (it is in the source), so it is accepted in the Development environment only.</summary>
    public const string Development = "modularshop-development-signing-key-never-use-in-production";

    public const int MinimumLength = 32;

    public static SymmetricSecurityKey Resolve(TokenSettings settings, IHostEnvironment environment)
    {
        var key = settings.SigningKey;
        if (string.IsNullOrWhiteSpace(key))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidSettingException(
                    $"{TokenSettings.Section}:SigningKey is not set. Set a random secret of at least {MinimumLength} characters, for example in the environment variable {TokenSettings.Section}__SigningKey.");
            }

            key = Development;
        }
        else if (key == Development && !environment.IsDevelopment())
        {
            throw new InvalidSettingException(
                $"{TokenSettings.Section}:SigningKey is the built-in development key, which anyone can read in the source; the host refuses to run with it in the {environment.EnvironmentName} environment. Set a secret of your own.");
        }
        else if (key.Length < MinimumLength)
        {
            throw new InvalidSettingException($"{TokenSettings.Section}:SigningKey must be at least {MinimumLength} characters long.");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
    }
}
