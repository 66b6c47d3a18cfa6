using System.Net;
using Microsoft.Extensions.Configuration;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>What an operator sees when starting the host: clear refusals, the migrate command, a first start that seeds.</summary>
public sealed class StartupTests : IAsyncLifetime
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_wrong_module_setting_stops_the_host_with_a_message_naming_it()
    {
        await using var host = HostProcess.Start(_database, ["--Modules:Cart:MaxQuantityPerLine=0"]);

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(1);
        host.Output.ShouldContain("ModularShop cannot start: Modules:Cart:MaxQuantityPerLine:");
    }

    [Fact]
    public async Task Every_wrong_setting_is_named_at_once()
    {
        await using var host = HostProcess.Start(_database, ["--Modules:Cart:MaxLines=-1", "--Modules:Catalog:DefaultCurrency=euro"]);

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(1);
        host.Output.ShouldContain("Modules:Cart:MaxLines:");
        host.Output.ShouldContain("Modules:Catalog:DefaultCurrency:");
    }

    [Fact]
    public async Task Outside_development_the_built_in_signing_key_is_refused()
    {
        await using var host = HostProcess.Start(_database, ["--Authentication:SigningKey=modularshop-development-signing-key-never-use-in-production"], environment: "Production");

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(1);
        host.Output.ShouldContain("Authentication:SigningKey is the built-in development key");
    }

    [Fact]
    public async Task Outside_development_a_missing_signing_key_is_refused()
    {
        await using var host = HostProcess.Start(_database, ["--Authentication:SigningKey="], environment: "Production");

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(1);
        host.Output.ShouldContain("Authentication:SigningKey is not set");
    }

    [Fact]
    public async Task SQL_Server_is_refused_with_what_this_build_lacks_and_what_to_add()
    {
        await using var host = HostProcess.Start(_database, ["--Database:Provider=SqlServer"]);

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(1);
        host.Output.ShouldContain("ModularShop cannot start: Database:Provider=SqlServer is not supported by this build.");
        host.Output.ShouldContain("(the package WolverineFx.SqlServer)");
        host.Output.ShouldContain("exists only as generated DDL under tests/");
        host.Output.ShouldContain("add the package WolverineFx.SqlServer and an IModuleDatabase for SQL Server (SqlServerModuleDatabase");
        _database.TablesOf("catalog").ShouldBe(0, "nothing may be written");
    }

    [Fact]
    public async Task The_migrate_command_creates_every_schema_and_exits_without_serving()
    {
        await using var host = HostProcess.Start(_database, command: "migrate");

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(0, host.Output);
        foreach (var module in new[] { "catalog", "cart", "ordering", "inventory", "payments" })
        {
            _database.Count(module, "version_info").ShouldBe(MigrationsAppliedAtStart(module), $"{module}'s applied migrations");
        }

        _database.Count("cart", "cart_lines").ShouldBe(0);
        _database.Count("catalog", "products").ShouldBe(0);
        using var db = _database.Open();
        db.Scalar($"SELECT count(*) FROM {_database.EnvelopeTable("wolverine_incoming_envelopes")}").ShouldBe(0);
    }

    /// <summary>The module's migrations and those every module shares, short of contract steps, which wait for an operator.</summary>
    private static int MigrationsAppliedAtStart(string moduleKey)
    {
        var module = ModuleCatalog.Discover(new ConfigurationBuilder().Build()).All.Single(candidate => candidate.Key == moduleKey);
        return module.Assembly.GetTypes()
            .Concat(typeof(ModuleMigration).Assembly.GetTypes())
            .Count(type => type.IsSubclassOf(typeof(ModuleMigration)) && !type.IsAbstract && !type.IsDefined(typeof(ContractStepAttribute), inherit: false));
    }

    [Fact]
    public async Task The_migrate_command_lists_every_modules_migrations_whether_they_are_applied_and_which_are_contract_steps()
    {
        await using (var migrate = HostProcess.Start(_database, command: "migrate"))
        {
            (await migrate.WaitForExitAsync(ExitTimeout)).ShouldBe(0, migrate.Output);
        }

        await using var list = HostProcess.Start(_database, command: "migrate list");

        (await list.WaitForExitAsync(ExitTimeout)).ShouldBe(0, list.Output);
        var lines = list.Output.Split('\n').Where(line => line.Contains("applied", StringComparison.Ordinal) || line.Contains("pending", StringComparison.Ordinal)).ToList();
        foreach (var module in new[] { "Catalog", "Cart", "Ordering", "Inventory", "Payments" })
        {
            lines.ShouldContain(line => line.StartsWith(module, StringComparison.Ordinal) && line.Contains("2026112701 applied", StringComparison.Ordinal), $"{module}'s migration");
        }

        // What 'migrate' leaves pending is a contract step, marked as one, and nothing else.
        lines.Where(line => line.Contains("pending", StringComparison.Ordinal))
            .ShouldAllBe(line => line.Contains("pending  contract", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("Ordering", StringComparison.Ordinal) && line.Contains("pending  contract DropOrdersPaymentToken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_migrate_command_moves_one_module_down_to_nothing_and_back_up()
    {
        await using (var migrate = HostProcess.Start(_database, command: "migrate"))
        {
            (await migrate.WaitForExitAsync(ExitTimeout)).ShouldBe(0, migrate.Output);
        }

        var tables = _database.TablesOf("catalog");
        await using (var down = HostProcess.Start(_database, command: "migrate catalog down 0"))
        {
            (await down.WaitForExitAsync(ExitTimeout)).ShouldBe(0, down.Output);
            down.Output.ShouldContain("Catalog is at migration 0.");
        }

        _database.TablesOf("catalog").ShouldBe(0);
        _database.TablesOf("cart").ShouldBeGreaterThan(0);
        await using (var up = HostProcess.Start(_database, command: "migrate catalog up"))
        {
            (await up.WaitForExitAsync(ExitTimeout)).ShouldBe(0, up.Output);
        }

        _database.TablesOf("catalog").ShouldBe(tables);
    }

    [Fact]
    public async Task Migrating_up_to_a_version_below_the_current_one_is_refused_and_changes_nothing()
    {
        await using (var migrate = HostProcess.Start(_database, command: "migrate"))
        {
            (await migrate.WaitForExitAsync(ExitTimeout)).ShouldBe(0, migrate.Output);
        }

        var tables = _database.TablesOf("catalog");
        await using var up = HostProcess.Start(_database, command: "migrate catalog up 1");

        (await up.WaitForExitAsync(ExitTimeout)).ShouldBe(2);
        up.Output.ShouldContain("Catalog is at migration 2026112701; moving up to 1 would go down. Use 'down'.");
        _database.TablesOf("catalog").ShouldBe(tables);
    }

    [Fact]
    public async Task An_unknown_database_provider_stops_the_host_with_the_ones_it_knows()
    {
        await using var host = HostProcess.Start(_database, ["--Database:Provider=Oracle"]);

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(1);
        host.Output.ShouldContain("ModularShop cannot start: Database:Provider is 'Oracle'; it must be one of Sqlite, PostgreSql, SqlServer.");
    }

    [PostgreSqlFact]
    public async Task A_module_without_its_roles_password_stops_the_host_at_start()
    {
        await using var host = HostProcess.Start(_database, ["--Database:Roles:Payments:Password="]);

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(1);
        host.Output.ShouldContain("ModularShop cannot start: Database:Roles:Payments:Password is not set.");
    }

    [Fact]
    public async Task An_unknown_command_says_how_the_host_is_used()
    {
        await using var host = HostProcess.Start(_database, command: "migrate sideways");

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(2);
        host.Output.ShouldContain("is not a migrate command");
        host.Output.ShouldContain("Usage:");
    }

    [Fact]
    public async Task The_first_start_seeds_the_demo_catalog_and_a_restart_does_not_seed_it_again()
    {
        await using (var first = await TestShop.StartAsync(settings => { settings.Database = _database; settings.SeedDemoProducts = true; }))
        {
            await Demo.WaitUntilCartKnowsTheCatalogAsync(first.Database);
        }

        await using var second = await TestShop.StartAsync(settings => { settings.Database = _database; settings.SeedDemoProducts = true; });
        var page = await (await second.Anonymous().GetAsync("/api/catalog/products?pageSize=1")).ReadAsync<PageBody>();
        page.Total.ShouldBe(DemoProducts.Count);
        second.Database.Count("cart", "processed_messages", "message_type = 'catalog.product-created.v1'").ShouldBe(DemoProducts.Count);
        (await second.Anonymous().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private sealed record PageBody(int Total);
}
