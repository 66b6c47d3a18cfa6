using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Databases;

/// <summary><c>db provision</c> prepares a PostgreSQL server for the shop from an administrator's connection, and can run again.</summary>
public sealed class ProvisioningTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [PostgreSqlFact]
    public async Task Provisioning_creates_the_database_roles_and_schemas_reports_each_step_and_can_run_again()
    {
        await using var database = PostgresTestDatabase.Unprovisioned();
        string[] admin = [$"--admin-connection={PostgresTestDatabase.AdminConnectionString}"];

        await using (var first = HostProcess.Start(database, admin, command: "db provision"))
        {
            (await first.WaitForExitAsync(ExitTimeout)).ShouldBe(0, first.Output);
            first.Output.ShouldContain($"database {database.Name}: created");
            first.Output.ShouldContain("schema catalog: created, owned by modularshop_catalog and by nobody else");
            first.Output.ShouldContain("role modularshop_payments:");
            first.Output.ShouldContain("module roles may add rows to wolverine_outgoing_envelopes and wolverine_incoming_envelopes");
        }

        await using (var again = HostProcess.Start(database, admin, command: "db provision"))
        {
            (await again.WaitForExitAsync(ExitTimeout)).ShouldBe(0, again.Output);
            again.Output.ShouldContain($"database {database.Name}: exists");
            again.Output.ShouldContain("schema catalog: exists, owned by modularshop_catalog and by nobody else");
        }

        await using var shop = await TestShop.StartAsync(settings => settings.Database = database);
        (await shop.Anonymous().GetAsync("/health/ready")).IsSuccessStatusCode.ShouldBeTrue();
    }

    [PostgreSqlFact]
    public async Task Provisioning_without_an_administrators_connection_is_refused_with_a_message()
    {
        await using var database = PostgresTestDatabase.Unprovisioned();

        await using var host = HostProcess.Start(database, command: "db provision");

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(1);
        host.Output.ShouldContain("db provision needs an administrator's connection");
    }
}
