using System.Collections.Concurrent;
using System.Reflection;
using FluentMigrator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.BuildingBlocks.Persistence.Migrations;

namespace ModularShop.SqlServerSchemaTests;

/// <summary>One module's SQL Server DDL: what EF Core's model creates, and what the module's migrations run.</summary>
internal sealed record ModuleSqlServerScripts(string Module, string Schema, string EfCore, string Migrations)
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<ModuleSqlServerScripts>>> Generated = new();

    public static Task<ModuleSqlServerScripts> For(string module) =>
        Generated.GetOrAdd(module, name => new Lazy<Task<ModuleSqlServerScripts>>(() => GenerateAsync(name))).Value;

    /// <summary>
    /// Composes the module alone, the way the host does but on SQL Server, and asks the kernel's own code for the DDL:
    /// the registered DbContext for EF Core's create script, and the ModuleMigrator for FluentMigrator's statements.
    /// </summary>
    private static async Task<ModuleSqlServerScripts> GenerateAsync(string name)
    {
        var configuration = new ConfigurationBuilder().Build();
        var module = ModuleCatalog.Discover(configuration).All.Single(found => found.Name == name);
        var alone = ModuleCatalog.From([module.Module], configuration);
        var statements = new SqlStatementLog();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(statements))
            .AddModules(configuration, alone, new SqlServerModuleDatabase());
        await using var provider = services.BuildServiceProvider();

        // Every migration, contract steps too: the schema a module has once its last rollout is over.
        var latest = module.Assembly.GetTypes().Select(type => type.GetCustomAttribute<MigrationAttribute>()?.Version ?? 0).Max();
        await provider.GetRequiredService<ModuleMigrator>().MigrateUpAsync(alone.All.Single(), latest, CancellationToken.None);

        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredKeyedService<ModuleDbContext>(name);
        return new ModuleSqlServerScripts(
            name,
            module.Schema,
            SqlScript.FromEfCore(name, db.Database.GenerateCreateScript()),
            SqlScript.FromFluentMigrator(name, statements.Statements));
    }
}
