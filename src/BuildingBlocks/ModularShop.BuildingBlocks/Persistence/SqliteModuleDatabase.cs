using FluentMigrator.Runner;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ModularShop.BuildingBlocks.Modules;
using Wolverine;
using Wolverine.Sqlite;
using ModularShop.BuildingBlocks.Configuration;

namespace ModularShop.BuildingBlocks.Persistence;

/// <summary>
/// The embedded default: one SQLite file holds every module's tables (prefixed by module) and the message store.
/// SQLite allows one writer at a time, so the file runs in WAL mode and Wolverine runs as a single node.
/// </summary>
internal sealed class SqliteModuleDatabase : IModuleDatabase
{
    private readonly string _connectionString;
    private readonly string _file;

    public SqliteModuleDatabase(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            throw new InvalidSettingException(
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} must name a SQLite file (Data Source=<path>): the outbox has to survive a restart, so in-memory databases are not supported.");
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        _file = builder.DataSource;
        _connectionString = builder.ToString();
    }

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string Description => $"SQLite file {_file}";

    public string EnvelopeSchema => "main";

    public ModuleTableLayout LayoutFor(ModuleDescriptor module) => new(module.Schema, Provider);

    public void ConfigureDbContext(DbContextOptionsBuilder options, ModuleDescriptor module) =>
        options.UseSqlite(_connectionString)
            // Wolverine maps its envelope tables into every module's model with the schema 'main', which SQLite ignores anyway.
            .ConfigureWarnings(warnings => warnings.Ignore(SqliteEventId.SchemaConfiguredWarning));

    public void EnsureCanConnect(ModuleDescriptor module)
    {
    }

    public void ConfigureMigrations(IMigrationRunnerBuilder runner, ModuleDescriptor module) =>
        runner.AddSQLite().WithGlobalConnectionString(_connectionString);

    public void ConfigureMessageStore(WolverineOptions options)
    {
        options.PersistMessagesWithSqlite(_connectionString, EnvelopeSchema);

        // One file, one writer: there is no cluster to coordinate, and Solo mode recovers a crashed node's
        // messages at the next start instead of waiting for a stale-node timeout.
        options.Durability.Mode = DurabilityMode.Solo;
    }

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        // A fresh, unpooled connection that may not create the file: a pooled one would keep answering from a
        // file that has since been deleted.
        var probe = new SqliteConnectionStringBuilder(_connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        try
        {
            await using var connection = new SqliteConnection(probe);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            return await command.ExecuteScalarAsync(cancellationToken) is not null;
        }
        catch (SqliteException)
        {
            return false;
        }
    }
}
