using System.Data.Common;
using Microsoft.Extensions.Configuration;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.Testing;
using Npgsql;

namespace ModularShop.EndToEndTests.Databases;

/// <summary>
/// On PostgreSQL, isolated schemas are enforced by the database: each module's role may use its own schema and the
/// two envelope tables of the outbox, and is refused everything else.
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
    public void A_module_role_may_write_the_outbox_tables_and_nothing_else_of_the_message_store_or_the_public_schema(string module)
    {
        using var connection = Database.OpenAs(module);

        connection.Scalar("SELECT count(*) FROM wolverine.wolverine_outgoing_envelopes").ShouldBeGreaterThanOrEqualTo(0);
        connection.Scalar("SELECT count(*) FROM wolverine.wolverine_incoming_envelopes").ShouldBeGreaterThanOrEqualTo(0);
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
