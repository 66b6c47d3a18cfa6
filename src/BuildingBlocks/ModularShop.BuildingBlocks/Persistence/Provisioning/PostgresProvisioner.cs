using System.Text.RegularExpressions;
using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Modules;
using Npgsql;

namespace ModularShop.BuildingBlocks.Persistence.Provisioning;

/// <summary>
/// Makes a PostgreSQL server ready for the shop, from an administrator's connection, and can be run again at any
/// time: the database, a role per module and one for the message store, a schema per module owned by its role, and
/// no access for anyone to anything else. Each step reports what it did.
/// </summary>
public sealed partial class PostgresProvisioner
{
    /// <summary>The tables of the message store that modules add rows to: their outbox, and the inbox of local queues.</summary>
    public static readonly string[] EnvelopeTables = ["wolverine_outgoing_envelopes", "wolverine_incoming_envelopes"];

    /// <summary>The advisory lock that anything changing roles or databases on the server takes first.</summary>
    public const long ServerLock = 0x4D53_5052_4F56;

    private readonly ModuleCatalog _catalog;
    private readonly PostgresModuleDatabase _database;
    private readonly ModuleRoles _roles;
    private readonly string _storePassword;

    internal PostgresProvisioner(ModuleCatalog catalog, IModuleDatabase database, ModuleRoles roles)
    {
        _catalog = catalog;
        _database = database as PostgresModuleDatabase
            ?? throw new InvalidSettingException($"Provisioning is for PostgreSQL; Database:Provider is {database.Provider}.");
        _roles = roles;
        _storePassword = new NpgsqlConnectionStringBuilder(_database.StoreConnectionString).Password
            ?? throw new InvalidSettingException($"ConnectionStrings:{DatabaseOptions.ConnectionStringName} has no password for the message store's role.");
    }

    /// <summary>Roles, database, schemas and grants; everything but the message store's tables, which their owner creates.</summary>
    public async Task ProvisionAsync(string adminConnectionString, Action<string> report, CancellationToken cancellationToken)
    {
        await using var server = await OpenLockedAsync(adminConnectionString, cancellationToken);
        await EnsureRoleAsync(server, _database.StoreRole, _storePassword, report, cancellationToken);
        foreach (var module in _catalog.All)
        {
            await EnsureRoleAsync(server, _roles.UsernameOf(module), _roles.PasswordOf(module), report, cancellationToken);
        }

        await EnsureDatabaseAsync(server, report, cancellationToken);

        await using var database = await OpenAsync(adminConnectionString, _database.DatabaseName, cancellationToken);
        var everyRole = _catalog.All.Select(_roles.UsernameOf).Append(_database.StoreRole).ToList();
        await ExecuteAsync(database, $"REVOKE ALL ON DATABASE {Quote(_database.DatabaseName)} FROM PUBLIC", cancellationToken);
        await ExecuteAsync(database, $"GRANT CONNECT ON DATABASE {Quote(_database.DatabaseName)} TO {string.Join(", ", everyRole.Select(Quote))}", cancellationToken);
        await ExecuteAsync(database, "REVOKE ALL ON SCHEMA public FROM PUBLIC", cancellationToken);
        report($"database {_database.DatabaseName}: only the shop's roles may connect; nobody may use the schema public");

        await EnsureSchemaAsync(database, _database.EnvelopeSchema, _database.StoreRole, report, cancellationToken);
        foreach (var module in _catalog.All)
        {
            var role = _roles.UsernameOf(module);
            await EnsureSchemaAsync(database, module.Schema, role, report, cancellationToken);
            await ExecuteAsync(database, $"GRANT USAGE ON SCHEMA {Quote(_database.EnvelopeSchema)} TO {Quote(role)}", cancellationToken);
        }
    }

    /// <summary>
    /// Once the message store's tables exist: each module role may add rows to the two envelope tables its outbox
    /// writes in its own transaction, and do nothing else there. Everything else Wolverine does to those rows (sending,
    /// marking handled, recovering, deleting) runs as the store's own role, so no module can read, change or delete
    /// another module's messages.
    /// </summary>
    public async Task GrantEnvelopeTablesAsync(string adminConnectionString, Action<string> report, CancellationToken cancellationToken)
    {
        await using var server = await OpenLockedAsync(adminConnectionString, cancellationToken);
        await using var database = await OpenAsync(adminConnectionString, _database.DatabaseName, cancellationToken);
        foreach (var module in _catalog.All)
        {
            var role = Quote(_roles.UsernameOf(module));
            foreach (var table in EnvelopeTables)
            {
                var qualified = $"{Quote(_database.EnvelopeSchema)}.{Quote(table)}";
                await ExecuteAsync(database, $"REVOKE ALL ON {qualified} FROM {role}", cancellationToken);
                await ExecuteAsync(database, $"GRANT INSERT ON {qualified} TO {role}", cancellationToken);
            }
        }

        report($"module roles may add rows to {string.Join(" and ", EnvelopeTables)} in schema {_database.EnvelopeSchema}, and do nothing else there");
    }

    private static async Task EnsureRoleAsync(NpgsqlConnection server, string role, string password, Action<string> report, CancellationToken cancellationToken)
    {
        var login = $"LOGIN PASSWORD {Literal(password)} NOSUPERUSER NOCREATEDB NOCREATEROLE";
        if (!await ExistsAsync(server, "SELECT 1 FROM pg_roles WHERE rolname = @name", role, cancellationToken))
        {
            try
            {
                await ExecuteAsync(server, $"CREATE ROLE {Quote(role)} {login}", cancellationToken);
                report($"role {role}: created");
                return;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateObject)
            {
                // Another provisioning got there first; the role exists now.
            }
        }

        await RetriedWhileContendedAsync(() => ExecuteAsync(server, $"ALTER ROLE {Quote(role)} {login}", cancellationToken), cancellationToken);
        report($"role {role}: exists, password set");
    }

    private async Task EnsureDatabaseAsync(NpgsqlConnection server, Action<string> report, CancellationToken cancellationToken)
    {
        var name = _database.DatabaseName;
        if (await ExistsAsync(server, "SELECT 1 FROM pg_database WHERE datname = @name", name, cancellationToken))
        {
            report($"database {name}: exists");
            return;
        }

        try
        {
            await ExecuteAsync(server, $"CREATE DATABASE {Quote(name)}", cancellationToken);
            report($"database {name}: created");
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            report($"database {name}: exists");
        }
    }

    private static async Task EnsureSchemaAsync(NpgsqlConnection database, string schema, string owner, Action<string> report, CancellationToken cancellationToken)
    {
        var existed = await ExistsAsync(database, "SELECT 1 FROM pg_namespace WHERE nspname = @name", schema, cancellationToken);
        await ExecuteAsync(database, $"CREATE SCHEMA IF NOT EXISTS {Quote(schema)} AUTHORIZATION {Quote(owner)}", cancellationToken);
        await ExecuteAsync(database, $"ALTER SCHEMA {Quote(schema)} OWNER TO {Quote(owner)}", cancellationToken);
        await ExecuteAsync(database, $"REVOKE ALL ON SCHEMA {Quote(schema)} FROM PUBLIC", cancellationToken);
        report($"schema {schema}: {(existed ? "exists" : "created")}, owned by {owner} and by nobody else");
    }

    /// <summary>
    /// A connection to the server that holds the provisioning lock until it closes. Roles and their grants are shared
    /// by every database of the server: two provisionings at once (two deployments, parallel tests) would trip over
    /// each other's changes to the same rows, so they take turns.
    /// </summary>
    private static async Task<NpgsqlConnection> OpenLockedAsync(string adminConnectionString, CancellationToken cancellationToken)
    {
        var server = await OpenAsync(adminConnectionString, database: null, cancellationToken);
        await ExecuteAsync(server, $"SELECT pg_advisory_lock({ServerLock})", cancellationToken);
        return server;
    }

    private static async Task<NpgsqlConnection> OpenAsync(string adminConnectionString, string? database, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false };
        if (database is not null)
        {
            builder.Database = database;
        }

        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// A role's row is shared by the whole server, and other sessions (logins to other databases, their grants and
    /// drops) may hold it for a moment: PostgreSQL then answers "tuple concurrently updated", and trying again works.
    /// </summary>
    private static async Task RetriedWhileContendedAsync(Func<Task> statement, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await statement();
                return;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InternalError && attempt < 10)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken);
            }
        }
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string sql, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Role, database and schema names cannot be parameters; they are checked to be plain identifiers instead.
    private static string Quote(string identifier) =>
        PlainIdentifier().IsMatch(identifier)
            ? $"\"{identifier}\""
            : throw new InvalidSettingException($"'{identifier}' is not a plain PostgreSQL name: use lower-case letters, digits and underscores.");

    private static string Literal(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex PlainIdentifier();
}
