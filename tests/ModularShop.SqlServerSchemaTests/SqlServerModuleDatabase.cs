using FluentMigrator.Runner;
using FluentMigrator.Runner.Processors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using Wolverine;

namespace ModularShop.SqlServerSchemaTests;

/// <summary>
/// SQL Server as the modules would see it, for generating their DDL without a server: each module in its own schema,
/// EF Core on SQL Server, FluentMigrator with its SQL Server 2016 processor. Nothing here ever opens a connection.
/// </summary>
internal sealed class SqlServerModuleDatabase : IModuleDatabase
{
    public const string FluentMigratorProcessorId = "SqlServer2016";

    // EF Core needs a connection string to pick its SQL Server services; the create script never opens it.
    private const string NeverOpenedConnectionString = "Server=sqlserver.invalid;Database=ModularShop;Encrypt=True";

    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public string Description => "SQL Server (DDL generation only, never connected)";

    public string EnvelopeSchema => "wolverine";

    public ModuleTableLayout LayoutFor(ModuleDescriptor module) => new(module.Schema, Provider);

    public void EnsureCanConnect(ModuleDescriptor module)
    {
    }

    public void ConfigureDbContext(DbContextOptionsBuilder options, ModuleDescriptor module) =>
        options.UseSqlServer(NeverOpenedConnectionString);

    public void ConfigureMigrations(IMigrationRunnerBuilder runner, ModuleDescriptor module)
    {
        // In preview the processor logs each statement of the SQL Server generator instead of running it. It would still
        // open its connection to ask which migrations are applied; the version loader answers "none" without asking, so
        // the connection (given no connection string at all) is never opened.
        runner.AddSqlServer2016();
        runner.Services.Configure<SelectingProcessorAccessorOptions>(options => options.ProcessorId = FluentMigratorProcessorId);
        runner.Services.Configure<ProcessorOptions>(options => options.PreviewOnly = true);
        runner.Services.AddScoped<IVersionLoader, EmptyDatabaseVersionLoader>();
    }

    public void ConfigureMessageStore(WolverineOptions options) =>
        throw new NotSupportedException("Wolverine's SQL Server message store (WolverineFx.SqlServer) is not available to this build; this database only generates DDL.");

    public Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> CanConnectAsync(CancellationToken cancellationToken) => Task.FromResult(false);
}
