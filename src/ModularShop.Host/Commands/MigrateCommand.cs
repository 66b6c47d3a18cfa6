using ModularShop.BuildingBlocks.Persistence.Migrations;
using Wolverine.Persistence.Durability;

namespace ModularShop.Host.Commands;

/// <summary><c>ModularShop.Host migrate</c>: applies every module's migrations and creates the message store, then exits.</summary>
internal static class MigrateCommand
{
    public const string Name = "migrate";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(WebApplication app)
    {
        await app.Services.GetRequiredService<ModuleMigrator>().MigrateUpAsync(app.Lifetime.ApplicationStopping);
        await app.Services.GetRequiredService<IMessageStore>().Admin.MigrateAsync();
        app.Logger.LogInformation("The database is migrated: every module and the message store are up to date");
        return 0;
    }
}
