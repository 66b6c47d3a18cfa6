using System.Data.Common;
using Microsoft.Data.Sqlite;
using ModularShop.BuildingBlocks.Persistence;

namespace ModularShop.Testing;

internal sealed class SqliteTestDatabase : TestDatabase
{
    private readonly TestDirectory? _directory;

    public SqliteTestDatabase()
    {
        _directory = new TestDirectory();
        File = _directory.File("shop.db");
    }

    /// <summary>A database in a file the caller owns, which stays when this is disposed.</summary>
    public SqliteTestDatabase(string file) => File = file;

    public string File { get; }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override IReadOnlyDictionary<string, string?> StorageSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:ModularShop"] = $"Data Source={File}",
    };

    public override DbConnection Open() => Connect(pooling: false);

    protected override DbConnection OpenPooled() => Connect(pooling: true);

    private SqliteConnection Connect(bool pooling)
    {
        var connection = new SqliteConnection($"Data Source={File};Pooling={pooling}");
        connection.Open();
        return connection;
    }

    public override string Table(string module, string table) => $"{module}_{table}";

    public override string EnvelopeTable(string table) => table;

    public override string Text(string column) => $"CAST({column} AS TEXT)";

    public override void RefuseWrites(string name, string module, string table, string operation, string? condition = null)
    {
        using var db = Open();
        db.Execute($"""
            CREATE TRIGGER {name} BEFORE {operation} ON {Table(module, table)}
            {(condition is null ? "" : $"WHEN {condition}")}
            BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
            """);
    }

    public override void AllowWrites(string name, string module, string table)
    {
        using var db = Open();
        db.Execute($"DROP TRIGGER {name};");
    }

    public override DbConnection HoldWriteLock(string module, string table)
    {
        var connection = Open();
        connection.Execute("BEGIN IMMEDIATE;");
        return connection;
    }

    public override long TablesOf(string module)
    {
        using var db = Open();
        return db.Scalar($"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE '{module}\\_%' ESCAPE '\\'");
    }

    protected override string FingerprintQuery(DbConnection db, IReadOnlyList<string> moduleSchemas, IReadOnlyList<string> envelopeTables)
    {
        var tables = db.Strings("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .Where(table => moduleSchemas.Any(schema => table.StartsWith(schema + "_", StringComparison.Ordinal)) || envelopeTables.Contains(table));
        return string.Join("\nUNION ALL\n", tables.Select(table =>
        {
            var row = string.Join(" || ',' || ", db.Strings($"SELECT name FROM pragma_table_info('{table}') ORDER BY cid").Select(column => $"quote(\"{column}\")"));
            return $"SELECT '{table}', (SELECT group_concat(r, char(10) ORDER BY r) FROM (SELECT {row} AS r FROM \"{table}\"))";
        }));
    }

    public override Task DestroyAsync()
    {
        System.IO.File.Delete(File + "-wal");
        System.IO.File.Delete(File + "-shm");
        Directory.Delete(Path.GetDirectoryName(File)!, recursive: true);
        return Task.CompletedTask;
    }

    protected override ValueTask DisposeStorageAsync()
    {
        SqliteConnection.ClearAllPools();
        _directory?.Dispose();
        return ValueTask.CompletedTask;
    }
}
