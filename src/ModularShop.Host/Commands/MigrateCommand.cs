using System.Globalization;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using Wolverine.Persistence.Durability;

namespace ModularShop.Host.Commands;

/// <summary>Applies, lists, and moves module migrations, then exits.</summary>
internal static class MigrateCommand
{
    public const string Name = "migrate";

    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> words)
    {
        var migrator = app.Services.GetRequiredService<ModuleMigrator>();
        var stopping = app.Lifetime.ApplicationStopping;
        switch (words)
        {
            case []:
                await migrator.MigrateUpAsync(stopping);
                await app.Services.GetRequiredService<IMessageStore>().Admin.MigrateAsync();
                Console.WriteLine("Every module and the message store are up to date.");
                return 0;
            case ["list"]:
                foreach (var state in await migrator.ListAsync(stopping))
                {
                    Console.WriteLine($"{state.Module,-10} {state.Version,14} {(state.Applied ? "applied" : "pending"),-8} {(state.ContractStep ? "contract" : ""),-8} {state.Name,-28} {state.Description}");
                }

                return 0;
            case [var module, "up"]:
                return await MoveAsync(app, module, up: true, step: null);
            case [var module, "up", var step]:
                return await MoveAsync(app, module, up: true, step);
            case [var module, "down", var step]:
                return await MoveAsync(app, module, up: false, step);
            default:
                return HostCommands.Usage($"'migrate {string.Join(' ', words)}' is not a migrate command.");
        }
    }

    /// <param name="step">A migration's version (0 for none, going down) or its name; null for as far as the start goes.</param>
    private static async Task<int> MoveAsync(WebApplication app, string moduleName, bool up, string? step)
    {
        var migrator = app.Services.GetRequiredService<ModuleMigrator>();
        var module = app.Services.GetRequiredService<ModuleCatalog>().Enabled
            .FirstOrDefault(candidate => candidate.Name.Equals(moduleName, StringComparison.OrdinalIgnoreCase) && candidate.DbContextType is not null);
        if (module is null)
        {
            return HostCommands.Usage($"There is no module '{moduleName}' with a database.");
        }

        long? version = step is null ? null
            : long.TryParse(step, CultureInfo.InvariantCulture, out var number) ? number
            : migrator.VersionOf(module, step);
        if (step is not null && version is null)
        {
            return HostCommands.Usage($"{module.Name} has no migration '{step}'; 'migrate list' names them.");
        }

        try
        {
            if (up)
            {
                await migrator.MigrateUpAsync(module, version, app.Lifetime.ApplicationStopping);
            }
            else
            {
                await migrator.MigrateDownAsync(module, version!.Value, app.Lifetime.ApplicationStopping);
            }
        }
        catch (MigrationDirectionException wrongWay)
        {
            return HostCommands.Usage(wrongWay.Message);
        }

        Console.WriteLine($"{module.Name} is at migration {version?.ToString(CultureInfo.InvariantCulture) ?? "latest but the contract steps"}.");
        return 0;
    }
}
