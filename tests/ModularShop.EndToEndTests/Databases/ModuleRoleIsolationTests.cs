using System.Data.Common;
using Microsoft.Extensions.Configuration;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.Testing;
using Npgsql;

namespace ModularShop.EndToEndTests.Databases;

/// <summary>
/// On PostgreSQL, isolated schemas are enforced by the database: each module's role may use its own schema and add
/// rows to the two envelope tables of the outbox, and is refused everything else, other modules' messages included.
/// </summary>
public sealed class ModuleRoleIsolationTests : IAsyncLifetime
{
    private TestShop _shop = null!;

    private PostgresTestDatabase Database => (PostgresTestDatabase)_shop.Database;

    public static IReadOnlyList<string> ModuleKeys { get; } =
        ModuleCatalog.Discover(new ConfigurationBuilder().Build()).All.Select(module => module.Key).ToList();

    public static TheoryData<string> Modules() => new(ModuleKeys);

    public async Task InitializeAsync() => _shop = await TestShop.StartAsync();

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [PostgreSqlTheory]
    [MemberData(nameof(Modules))]
    public void A_module_role_reads_and_writes_its_own_schema(string module)
    {
        using var connection = Database.OpenAs(module);

        connection.Execute($"INSERT INTO {module}.processed_messages (message_id, message_type, processed_at) VALUES ('{Guid.NewGuid()}', 'probe', now())");

        connection.Scalar($"SELECT count(*) FROM {module}.processed_messages WHERE message_type = 'probe'").ShouldBe(1);
    }

    [PostgreSqlTheory]
    [MemberData(nameof(Modules))]
    public void A_module_role_is_refused_every_other_modules_schema(string module)
    {
        using var connection = Database.OpenAs(module);

        foreach (var other in ModuleKeys.Where(other => other != module))
        {
            Refused(() => connection.Scalar($"SELECT count(*) FROM {other}.processed_messages"), $"permission denied for schema {other}");
            Refused(() => connection.Execute($"INSERT INTO {other}.processed_messages (message_id, message_type, processed_at) VALUES ('{Guid.NewGuid()}', 'intruder', now())"), $"permission denied for schema {other}");
        }
    }

    [PostgreSqlTheory]
    [MemberData(nameof(Modules))]
    public async Task A_module_role_may_add_messages_to_the_outbox_and_can_neither_read_change_nor_delete_any_message(string module)
    {
        // Messages of other modules are in the store: Catalog's ProductCreated, waiting for Cart and Inventory.
        using var admin = _shop.Admin();
        (await admin.PostJsonAsync("/api/catalog/products", new { sku = $"PROBE-{module.ToUpperInvariant()}", name = "Probe", price = 1.00m })).EnsureSuccessStatusCode();
        using (var store = Database.Open())
        {
            store.Scalar("SELECT count(*) FROM wolverine.wolverine_incoming_envelopes").ShouldBeGreaterThan(0);
        }

        using var connection = Database.OpenAs(module);
        foreach (var table in new[] { "wolverine_incoming_envelopes", "wolverine_outgoing_envelopes" })
        {
            Refused(() => connection.Scalar($"SELECT count(*) FROM wolverine.{table}"), $"permission denied for table {table}");
            Refused(() => connection.Execute($"UPDATE wolverine.{table} SET attempts = attempts + 1"), $"permission denied for table {table}");
            Refused(() => connection.Execute($"DELETE FROM wolverine.{table}"), $"permission denied for table {table}");
        }

        Refused(() => connection.Scalar("SELECT count(*) FROM wolverine.wolverine_dead_letters"), "permission denied for table wolverine_dead_letters");
        Refused(() => connection.Scalar("SELECT count(*) FROM wolverine.wolverine_nodes"), "permission denied for table wolverine_nodes");
        Refused(() => connection.Execute("CREATE TABLE public.intruder (id int)"), "permission denied for schema public");
    }

    private static void Refused(Action statement, string because)
    {
        var refusal = Should.Throw<PostgresException>(statement);
        refusal.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        refusal.MessageText.ShouldBe(because);
    }
}
