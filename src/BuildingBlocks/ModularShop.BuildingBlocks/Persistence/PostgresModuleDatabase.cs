using FluentMigrator.Runner;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Modules;
using Npgsql;
using Wolverine;
using Wolverine.Postgresql;
using Microsoft.Extensions.DependencyInjection;

namespace ModularShop.BuildingBlocks.Persistence;

/// <summary>
/// PostgreSQL: every module has a schema of its own and connects as a role of its own, which can use that schema and
/// the two envelope tables the outbox writes to, nothing else. Wolverine's message store lives in a schema of its own
/// (<c>wolverine</c> for the shop, <c>wolverine_&lt;module&gt;</c> for a service split out of it) and is reached with
/// <c>ConnectionStrings:ModularShop</c>, whose role owns it.
/// </summary>
internal sealed class PostgresModuleDatabase : IModuleDatabase
{
    private readonly NpgsqlConnectionStringBuilder _storeConnection;
    private readonly ModuleRoles _roles;
    private readonly DurabilityMode _durability;

    public PostgresModuleDatabase(string connectionString, ModuleRoles roles, DurabilityMode durability, string envelopeSchema)
    {
        _storeConnection = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(_storeConnection.Database) || string.IsNullOrWhiteSpace(_storeConnection.Username))
        {
            throw new InvalidSettingException(
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} must name the database and the role that owns the message store (Database=...;Username=...).");
        }

        _roles = roles;
        _durability = durability;
        EnvelopeSchema = envelopeSchema;
    }

    public DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public string Description => $"PostgreSQL database {_storeConnection.Database} on {_storeConnection.Host}:{_storeConnection.Port}";

    public string EnvelopeSchema { get; }

    public string DatabaseName => _storeConnection.Database!;

    public string StoreConnectionString => _storeConnection.ConnectionString;

    public string StoreRole => _storeConnection.Username!;

    public ModuleTableLayout LayoutFor(ModuleDescriptor module) => new(module.Schema, Provider);

    /// <summary>The module's own connection: the same server and database, as the module's role.</summary>
    public string ConnectionStringOf(ModuleDescriptor module) =>
        new NpgsqlConnectionStringBuilder(_storeConnection.ConnectionString)
        {
            Username = _roles.UsernameOf(module),
            Password = _roles.PasswordOf(module),
        }.ConnectionString;

    public void ConfigureDbContext(DbContextOptionsBuilder options, ModuleDescriptor module) => options.UseNpgsql(ConnectionStringOf(module));

    public void EnsureCanConnect(ModuleDescriptor module) => _ = ConnectionStringOf(module);

    public void ConfigureMigrations(IMigrationRunnerBuilder runner, ModuleDescriptor module) =>
        runner.AddPostgres().WithGlobalConnectionString(ConnectionStringOf(module));

    public void ConfigureMessageStore(WolverineOptions options)
    {
        options.PersistMessagesWithPostgresql(StoreConnectionString, EnvelopeSchema);
        options.Durability.Mode = _durability;
        if (_durability == DurabilityMode.Balanced)
        {
            options.Services.AddSingleton(this);
            options.Services.AddHostedService<MessageStoreLease>();
        }
    }

    public Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(StoreConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            return await command.ExecuteScalarAsync(cancellationToken) is not null;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }
}
