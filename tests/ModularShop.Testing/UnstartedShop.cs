using Microsoft.AspNetCore.Builder;
using ModularShop.Host;

namespace ModularShop.Testing;

/// <summary>The shop composed as in production but not started: for its commands and services, such as the migrator.</summary>
public static class UnstartedShop
{
    public static WebApplication On(TestDatabase database) => Create(database.Settings);

    internal static WebApplication Create(IEnumerable<KeyValuePair<string, string?>> settings) =>
        ShopApplication.Create(new WebApplicationOptions
        {
            Args = settings
                .Append(new("Authentication:SigningKey", TestTokens.SigningKey))
                .Append(new("Serilog:MinimumLevel:Default", "Warning"))
                .Select(setting => $"--{setting.Key}={setting.Value}")
                .ToArray(),
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
        });
}
