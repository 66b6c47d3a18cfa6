using FluentMigrator.Runner;
using FluentMigrator.Runner.Initialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModularShop.BuildingBlocks.Modules;

namespace ModularShop.BuildingBlocks.Persistence.Migrations;

/// <summary>Applies each module's migrations to its own schema, with its own version table.</summary>
public sealed class ModuleMigrator(ModuleCatalog catalog, IModuleDatabase database, ILoggerFactory loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<ModuleMigrator>();

    /// <summary>Brings every module this process hosts up to its latest migration.</summary>
    public async Task MigrateUpAsync(CancellationToken cancellationToken)
    {
        await database.PrepareAsync(cancellationToken);
        foreach (var module in catalog.Enabled.Where(module => module.DbContextType is not null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Run(module, runner => runner.MigrateUp());
            _logger.LogInformation("Module {Module} is migrated ({Database})", module.Name, database.Description);
        }
    }

    /// <summary>Runs FluentMigrator for one module, in a container of its own that lives as long as the run.</summary>
    internal void Run(ModuleDescriptor module, Action<IMigrationRunner> migrate)
    {
        var layout = database.LayoutFor(module);
        using var services = new ServiceCollection()
            .AddSingleton(loggerFactory)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddSingleton(layout)
            .AddSingleton<IMigrationSourceItem>(new ModuleMigrationSource(module.Assembly))
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                database.ConfigureMigrations(runner, module);
                runner.WithVersionTable(new ModuleVersionTable(layout));
            })
            .BuildServiceProvider(validateScopes: true);
        using var scope = services.CreateScope();
        migrate(scope.ServiceProvider.GetRequiredService<IMigrationRunner>());
    }
}
