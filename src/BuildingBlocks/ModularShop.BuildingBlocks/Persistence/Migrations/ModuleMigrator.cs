using FluentMigrator;
using FluentMigrator.Infrastructure;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Initialization;
using FluentMigrator.Runner.Versioning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModularShop.BuildingBlocks.Modules;

namespace ModularShop.BuildingBlocks.Persistence.Migrations;

/// <summary>Applies each module's migrations to its own schema, with its own version table, as the module's own role.</summary>
public sealed partial class ModuleMigrator(ModuleCatalog catalog, IModuleDatabase database, ILoggerFactory loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<ModuleMigrator>();

    /// <summary>
    /// Brings every module this process hosts up to its latest migration, except the contract steps
    /// (<see cref="ContractStepAttribute"/>): each waits until an operator names it.
    /// </summary>
    public async Task MigrateUpAsync(CancellationToken cancellationToken)
    {
        await database.PrepareAsync(cancellationToken);
        foreach (var module in catalog.Enabled.Where(module => module.DbContextType is not null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Run(module, services => UpShortOfContractSteps(module, services));
            _logger.LogInformation("Module {Module} is migrated ({Database})", module.Name, database.Description);
        }
    }

    /// <summary>Every migration of every module with a database, and whether it is applied.</summary>
    public async Task<IReadOnlyList<MigrationState>> ListAsync(CancellationToken cancellationToken)
    {
        await database.PrepareAsync(cancellationToken);
        var states = new List<MigrationState>();
        foreach (var module in catalog.Enabled.Where(module => module.DbContextType is not null))
        {
            Run(module, services =>
            {
                var applied = services.GetRequiredService<IVersionLoader>().VersionInfo;
                states.AddRange(MigrationsOf(services).Values.Select(migration => new MigrationState(
                    module.Name,
                    migration.Version,
                    NameOf(migration),
                    migration.Description ?? "",
                    IsContractStep(migration),
                    applied.HasAppliedMigration(migration.Version))));
            });
        }

        return states;
    }

    /// <summary>The version of the module's migration named <paramref name="step"/> (its class name), or null.</summary>
    public long? VersionOf(ModuleDescriptor module, string step)
    {
        long? version = null;
        Run(module, services => version = MigrationsOf(services).Values.FirstOrDefault(migration => NameOf(migration).Equals(step, StringComparison.OrdinalIgnoreCase))?.Version);
        return version;
    }

    /// <summary>
    /// Moves one module up to <paramref name="version"/>, contract steps on the way included, since they are named;
    /// when null, as far as the start would: every step but the contract steps.
    /// </summary>
    public Task MigrateUpAsync(ModuleDescriptor module, long? version, CancellationToken cancellationToken) =>
        MoveAsync(module, version, up: true, cancellationToken);

    /// <summary>Moves one module down to <paramref name="version"/>; 0 removes everything, its version table too.</summary>
    public Task MigrateDownAsync(ModuleDescriptor module, long version, CancellationToken cancellationToken) =>
        MoveAsync(module, version, up: false, cancellationToken);

    private async Task MoveAsync(ModuleDescriptor module, long? version, bool up, CancellationToken cancellationToken)
    {
        await database.PrepareAsync(cancellationToken);
        Run(module, services =>
        {
            var runner = services.GetRequiredService<IMigrationRunner>();
            var versions = services.GetRequiredService<IVersionLoader>().VersionInfo;
            var applied = versions.Latest();

            // Below the latest applied step, up is still up while a step at or below the target waits (a contract step).
            if (up && version < applied && !MigrationsOf(services).Keys.Any(step => step <= version && !versions.HasAppliedMigration(step)))
            {
                throw new MigrationDirectionException($"{module.Name} is at migration {applied}; moving up to {version} would go down. Use 'down'.");
            }

            if (!up && version > applied)
            {
                throw new MigrationDirectionException($"{module.Name} is at migration {applied}; moving down to {version} would go up. Use 'up'.");
            }

            if (!up)
            {
                runner.MigrateDown(version!.Value);
            }
            else if (version is null)
            {
                UpShortOfContractSteps(module, services);
            }
            else
            {
                runner.MigrateUp(version.Value);
            }

            // All the way down leaves the module's schema as empty as it was before its first migration.
            if (version == 0)
            {
                services.GetRequiredService<IVersionLoader>().RemoveVersionTable();
            }
        });
        _logger.LogInformation("Module {Module} is at migration {Version}", module.Name, version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "latest");
    }

    /// <summary>
    /// Applies every pending migration but the contract steps, in order: a contract step waits for its operator, and
    /// the expand and migrate steps written after it go on without it (they must not need it).
    /// </summary>
    private void UpShortOfContractSteps(ModuleDescriptor module, IServiceProvider services)
    {
        var runner = services.GetRequiredService<IMigrationRunner>();
        var applied = services.GetRequiredService<IVersionLoader>().VersionInfo;
        var pending = MigrationsOf(services).Values.Where(migration => !applied.HasAppliedMigration(migration.Version)).ToList();
        var waiting = pending.Where(IsContractStep).ToList();
        if (waiting.Count == 0)
        {
            runner.MigrateUp();
            return;
        }

        // FluentMigrator moves up only to a version, every step below it included; one step at a time leaves the contract steps out.
        var stepwise = (MigrationRunner)runner;
        foreach (var migration in pending.Where(migration => !IsContractStep(migration)))
        {
            stepwise.ApplyMigrationUp(migration, useTransaction: migration.TransactionBehavior == TransactionBehavior.Default);
        }

        foreach (var step in waiting)
        {
            ContractStepWaits(_logger, module.Name, NameOf(step), step.Version);
        }
    }

    private static SortedList<long, IMigrationInfo> MigrationsOf(IServiceProvider services) =>
        services.GetRequiredService<IMigrationRunner>().MigrationLoader.LoadMigrations();

    private static bool IsContractStep(IMigrationInfo migration) => migration.Migration.GetType().IsDefined(typeof(ContractStepAttribute), inherit: false);

    private static string NameOf(IMigrationInfo migration) => migration.Migration.GetType().Name;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Module {Module}'s contract step {Step} ({Version}) waits: run 'migrate {Module} up {Step}' once no process of the previous version is left")]
    private static partial void ContractStepWaits(ILogger logger, string module, string step, long version);

    /// <summary>Runs FluentMigrator for one module, in a container of its own that lives as long as the run.</summary>
    internal void Run(ModuleDescriptor module, Action<IServiceProvider> work)
    {
        var layout = database.LayoutFor(module);
        using var services = new ServiceCollection()
            .AddSingleton(loggerFactory)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddSingleton(layout)
            .AddSingleton<IMigrationSourceItem>(new ModuleMigrationSource(module))
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                database.ConfigureMigrations(runner, module);
                runner.WithVersionTable(new ModuleVersionTable(layout));
            })
            .BuildServiceProvider(validateScopes: true);
        using var scope = services.CreateScope();
        work(scope.ServiceProvider);
    }
}

/// <summary>A move that asks for the other direction than it says.</summary>
public sealed class MigrationDirectionException(string message) : Exception(message);

/// <summary>One migration of one module, whether it is a contract step, and whether the module's version table says it is applied.</summary>
public sealed record MigrationState(string Module, long Version, string Name, string Description, bool ContractStep, bool Applied);
