using FluentMigrator.Runner;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Modules;
using Wolverine;

namespace ModularShop.BuildingBlocks.Persistence;

/// <summary>
/// One database server as the modules see it: how a module's DbContext, its migrations and the shared message store
/// connect to it, and where each module's tables go.
/// </summary>
public interface IModuleDatabase
{
    DatabaseProvider Provider { get; }

    /// <summary>A description safe to log: the server or file, never a password.</summary>
    string Description { get; }

    ModuleTableLayout LayoutFor(ModuleDescriptor module);

    void ConfigureDbContext(DbContextOptionsBuilder options, ModuleDescriptor module);

    /// <summary>Checks, while the host is composed, that the module can be given a connection (its role's password, say).</summary>
    void EnsureCanConnect(ModuleDescriptor module);

    void ConfigureMigrations(IMigrationRunnerBuilder runner, ModuleDescriptor module);

    /// <summary>Stores Wolverine's envelopes (outbox, inbox, dead letters) in this database.</summary>
    void ConfigureMessageStore(WolverineOptions options);

    /// <summary>The schema of Wolverine's envelope tables, as the EF Core outbox integration must name it.</summary>
    string EnvelopeSchema { get; }

    /// <summary>Makes the database reachable before anything connects to it (for SQLite: the folder and the journal mode).</summary>
    Task PrepareAsync(CancellationToken cancellationToken);

    Task<bool> CanConnectAsync(CancellationToken cancellationToken);
}
