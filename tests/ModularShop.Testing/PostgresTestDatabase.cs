using System.Data.Common;
using Microsoft.Extensions.Configuration;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.BuildingBlocks.Persistence.Provisioning;
using ModularShop.Host.Commands;
using Npgsql;

namespace ModularShop.Testing;

/// <summary>A PostgreSQL database of the test's own, provisioned as `db provision` would, dropped afterwards.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string StoreRole = "modularshop";
    public const string Password = "modularshop-test-password";

    private const string EnvelopeSchema = "wolverine";

    private readonly string _admin;

    private PostgresTestDatabase(string admin, string name)
    {
        _admin = admin;
        Name = name;
    }

    public string Name { get; }

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override IReadOnlyDictionary<string, string?> StorageSettings
    {
        get
        {
            var server = new NpgsqlConnectionStringBuilder(_admin);
            var store = new NpgsqlConnectionStringBuilder
            {
                Host = server.Host,
                Port = server.Port,
                Database = Name,
                Username = StoreRole,
                Password = Password,
            };
            var settings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = "PostgreSql",
                ["ConnectionStrings:ModularShop"] = store.ConnectionString,
            };
            foreach (var module in ModuleCatalog.Discover(new ConfigurationBuilder().Build()).All)
            {
                settings[$"Database:Roles:{module.Name}:Password"] = Password;
            }

            return settings;
        }
    }

    /// <summary>The administrator's connection string the tests were given.</summary>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable)
        ?? throw new InvalidOperationException($"{ProviderVariable}=PostgreSql needs {PostgresVariable}, an administrator's connection string (scripts/postgres.sh start prints one).");

    /// <summary>A name for a database that does not exist yet; disposing drops it if something created it.</summary>
    public static PostgresTestDatabase Unprovisioned() => new(AdminConnectionString, $"shop_{Guid.NewGuid():N}"[..20]);

    public static async Task<PostgresTestDatabase> ProvisionAsync(string adminConnectionString)
    {
        var database = new PostgresTestDatabase(adminConnectionString, $"shop_{Guid.NewGuid():N}"[..20]);
        await using var app = UnstartedShop.On(database);
        await ProvisionCommand.ProvisionAsync(app, database._admin, _ => { }, CancellationToken.None);
        return database;
    }

    /// <summary>A connection as a module's own role, the way the module connects.</summary>
    public DbConnection OpenAs(string module)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin)
        {
            Database = Name,
            Username = ModuleRoles.RolePrefix + module,
            Password = Password,
            Pooling = false,
        }.ConnectionString);
        connection.Open();
        return connection;
    }

    public override DbConnection Open() => Connect(pooling: false);

    protected override DbConnection OpenPooled() => Connect(pooling: true);

    private NpgsqlConnection Connect(bool pooling)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin) { Database = Name, Pooling = pooling }.ConnectionString);
        connection.Open();
        return connection;
    }

    public override string Table(string module, string table) => $"{module}.{table}";

    public override DbConnection HoldWriteLock(string module, string table)
    {
        var connection = Open();
        connection.Execute($"BEGIN; LOCK TABLE {Table(module, table)} IN EXCLUSIVE MODE;");
        return connection;
    }

    public override string EnvelopeTable(string table) => $"{EnvelopeSchema}.{table}";

    public override string Text(string column) => $"encode({column}, 'escape')";

    public override void RefuseWrites(string name, string module, string table, string operation, string? condition = null)
    {
        using var db = Open();
        db.Execute($"""
            CREATE FUNCTION {module}.{name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
            CREATE TRIGGER {name} BEFORE {operation} ON {Table(module, table)} FOR EACH ROW
            {(condition is null ? "" : $"WHEN ({condition})")} EXECUTE FUNCTION {module}.{name}();
            """);
    }

    public override void AllowWrites(string name, string module, string table)
    {
        using var db = Open();
        db.Execute($"DROP TRIGGER {name} ON {Table(module, table)}; DROP FUNCTION {module}.{name}();");
    }

    public override long TablesOf(string module)
    {
        using var db = Open();
        return db.Scalar($"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{module}'");
    }

    protected override string FingerprintQuery(DbConnection db, IReadOnlyList<string> moduleSchemas, IReadOnlyList<string> envelopeTables)
    {
        var tables = db.Strings($"""
            SELECT table_schema || '.' || table_name FROM information_schema.tables
            WHERE table_type = 'BASE TABLE'
              AND (table_schema IN ({Literals(moduleSchemas)}) OR (table_schema = '{EnvelopeSchema}' AND table_name IN ({Literals(envelopeTables)})))
            ORDER BY 1
            """);
        return string.Join("\nUNION ALL\n", tables.Select(table =>
            $"SELECT '{table}', (SELECT md5(string_agg(t::text, E'\\n' ORDER BY t::text)) FROM {table} t)"));
    }

    private static string Literals(IEnumerable<string> values) => string.Join(", ", values.Select(value => $"'{value}'"));

    public override Task DestroyAsync() => DropAsync();

    protected override async ValueTask DisposeStorageAsync() => await DropAsync();

    private async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin) { Pooling = false }.ConnectionString);
        await server.OpenAsync();

        // Dropping a database touches rows shared with provisioning (the grants of the shop's roles), so it takes turns with it.
        await using var turn = new NpgsqlCommand($"SELECT pg_advisory_lock({PostgresProvisioner.ServerLock})", server);
        await turn.ExecuteNonQueryAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
