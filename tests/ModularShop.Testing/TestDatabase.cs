using System.Data.Common;
using Microsoft.Extensions.Configuration;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using Wolverine.RDBMS;

namespace ModularShop.Testing;

/// <summary>
/// The database a test shop runs on: a SQLite file of its own by default, or a PostgreSQL database of its own,
/// provisioned with a role per module, when the tests run with <c>MODULARSHOP_TEST_DATABASE=PostgreSql</c>
/// (and <c>MODULARSHOP_TEST_POSTGRES</c> holding an administrator's connection string, as scripts/postgres.sh prints).
/// When the run uses the broker (<see cref="TestBroker"/>), the database comes with a virtual host of its own, so a
/// shop restarted on the same database finds its queues again.
/// Tests read and write it only to observe what a user cannot (the outbox, the provider's ledger) or to make the
/// database refuse a write; the SQL they use is the same on both, through the helpers here.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public const string ProviderVariable = "MODULARSHOP_TEST_DATABASE";
    public const string PostgresVariable = "MODULARSHOP_TEST_POSTGRES";

    private static readonly IReadOnlyList<string> FingerprintedEnvelopeTables =
        [DatabaseConstants.IncomingTable, DatabaseConstants.OutgoingTable, DatabaseConstants.DeadLetterTable];

    private string? _fingerprintQuery;

    public static DatabaseProvider ProviderUnderTest =>
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable(ProviderVariable), ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The configuration a host needs to run on this database (and on its virtual host, when there is a broker).</summary>
    public IReadOnlyDictionary<string, string?> Settings =>
        Broker is null ? StorageSettings : StorageSettings.Concat(Broker.Settings).ToDictionary();

    /// <summary>The broker's virtual host that goes with this database, when the run uses the broker.</summary>
    public TestBroker? Broker { get; private set; }

    /// <summary>The configuration of the database alone.</summary>
    protected abstract IReadOnlyDictionary<string, string?> StorageSettings { get; }

    /// <summary>A database of the provider under test, with a virtual host on the test run's broker when the run uses one.</summary>
    public static async Task<TestDatabase> CreateAsync()
    {
        TestDatabase database = ProviderUnderTest switch
        {
            DatabaseProvider.Sqlite => new SqliteTestDatabase(),
            DatabaseProvider.PostgreSql => await PostgresTestDatabase.ProvisionAsync(PostgresTestDatabase.AdminConnectionString),
            var other => throw new NotSupportedException($"The tests do not run on {other}."),
        };
        if (TestBroker.TransportUnderTest == MessageTransport.RabbitMq)
        {
            database.Broker = await TestBroker.CreateAsync();
        }

        return database;
    }

    /// <summary>A SQLite database in the given file, which stays when the database is disposed.</summary>
    public static TestDatabase CreateSqlite(string file) => new SqliteTestDatabase(file);

    /// <summary>Gives the database a virtual host of its own on the given RabbitMQ node.</summary>
    public async Task UseBrokerAsync(Uri node) => Broker = await TestBroker.CreateAsync(node);

    /// <summary>A database of the provider under test, with a virtual host on a broker of the test's own, which the test may stop.</summary>
    public static async Task<TestDatabase> CreateWithBrokerAsync(ScriptedServer rabbitMq)
    {
        TestDatabase database = ProviderUnderTest switch
        {
            DatabaseProvider.PostgreSql => await PostgresTestDatabase.ProvisionAsync(PostgresTestDatabase.AdminConnectionString),
            var other => throw new NotSupportedException($"Modules in several processes need a database server, not {other}."),
        };
        database.Broker = await TestBroker.CreateAsync(new Uri(rabbitMq.Connection));
        return database;
    }

    /// <summary>
    /// A PostgreSQL database on a server of the test's own (<see cref="ScriptedServer"/>), with a virtual host on a
    /// broker of its own when one is given: for tests that take a server away from under a running shop.
    /// </summary>
    public static async Task<TestDatabase> CreateOnAsync(ScriptedServer postgres, ScriptedServer? rabbitMq = null)
    {
        TestDatabase database = await PostgresTestDatabase.ProvisionAsync(postgres.Connection);
        if (rabbitMq is not null)
        {
            database.Broker = await TestBroker.CreateAsync(new Uri(rabbitMq.Connection));
        }

        return database;
    }

    /// <summary>A connection that sees every module's tables.</summary>
    public abstract DbConnection Open();

    /// <summary>As <see cref="Open"/>, from a pool: for the observations a test makes after every request, which a new connection each would slow down.</summary>
    protected abstract DbConnection OpenPooled();

    /// <summary>A module's table as SQL names it: <c>cart_products</c> on SQLite, <c>cart.products</c> on PostgreSQL.</summary>
    public abstract string Table(string module, string table);

    /// <summary>One of the message store's tables, such as <c>wolverine_incoming_envelopes</c>.</summary>
    public abstract string EnvelopeTable(string table);

    /// <summary>A message body column read as text, to search it.</summary>
    public abstract string Text(string column);

    /// <summary>
    /// Makes the database refuse a write, as a constraint or a failing disk would: <paramref name="operation"/> is
    /// <c>INSERT</c>, <c>UPDATE</c> or <c>UPDATE OF column</c>, <paramref name="condition"/> a test on <c>NEW</c>.
    /// </summary>
    public abstract void RefuseWrites(string name, string module, string table, string operation, string? condition = null);

    public abstract void AllowWrites(string name, string module, string table);

    /// <summary>
    /// Holds a lock that keeps everyone else from writing <paramref name="table"/> until the returned connection is
    /// disposed, as a long transaction or a stuck migration would: the whole file on SQLite, the table on PostgreSQL.
    /// </summary>
    public abstract DbConnection HoldWriteLock(string module, string table);

    /// <summary>
    /// Every row of every module's tables and of the message store's envelopes (incoming, outgoing, dead letters),
    /// hashed per table: equal fingerprints mean nothing was written in between. Wolverine's node, lock and control
    /// tables are left out, because Wolverine writes them in the background whatever the requests are.
    /// </summary>
    public DatabaseFingerprint Fingerprint()
    {
        using var db = OpenPooled();
        using var command = db.CreateCommand();
        command.CommandText = _fingerprintQuery ??= FingerprintQuery(db, ModuleSchemas, FingerprintedEnvelopeTables);
        using var reader = command.ExecuteReader();
        var tables = new List<(string, string)>();
        while (reader.Read())
        {
            tables.Add((reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1)));
        }

        return new DatabaseFingerprint(tables);
    }

    /// <summary>How many stored messages wait to be sent or handled now; scheduled ones, due later, are not counted.</summary>
    public long MessagesInProgress()
    {
        using var db = OpenPooled();
        return db.Scalar($"""
            SELECT (SELECT count(*) FROM {EnvelopeTable(DatabaseConstants.OutgoingTable)})
                 + (SELECT count(*) FROM {EnvelopeTable(DatabaseConstants.IncomingTable)} WHERE status = 'Incoming')
            """);
    }

    /// <summary>How many stored messages failed in their handler: waiting for a later retry, or given up on as dead letters.</summary>
    public long FailedMessages()
    {
        using var db = OpenPooled();
        return db.Scalar($"""
            SELECT (SELECT count(*) FROM {EnvelopeTable(DatabaseConstants.IncomingTable)} WHERE status = 'Scheduled' AND attempts > 0)
                 + (SELECT count(*) FROM {EnvelopeTable(DatabaseConstants.DeadLetterTable)})
            """);
    }

    /// <summary>
    /// One query that answers a row per table of <paramref name="moduleSchemas"/> and per envelope table: its name
    /// and its rows as one text (or a hash of them), in an order that does not depend on how they were stored.
    /// </summary>
    protected abstract string FingerprintQuery(DbConnection db, IReadOnlyList<string> moduleSchemas, IReadOnlyList<string> envelopeTables);

    private static IReadOnlyList<string> ModuleSchemas =>
        ModuleCatalog.Discover(new ConfigurationBuilder().Build()).All.Select(module => module.Schema).ToList();

    /// <summary>How many tables the module has in the database.</summary>
    public abstract long TablesOf(string module);

    /// <summary>A GUID as a literal that both databases compare equal to a stored id.</summary>
    public static string Id(Guid id) => $"'{id.ToString().ToUpperInvariant()}'";

    public long Count(string module, string table, string? where = null)
    {
        using var db = Open();
        return db.Scalar($"SELECT count(*) FROM {Table(module, table)}{(where is null ? "" : $" WHERE {where}")}");
    }

    /// <summary>Takes the database away from under a running shop: the file is deleted, or the database dropped.</summary>
    public abstract Task DestroyAsync();

    public async ValueTask DisposeAsync()
    {
        await DisposeStorageAsync();
        if (Broker is not null)
        {
            await Broker.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract ValueTask DisposeStorageAsync();
}
