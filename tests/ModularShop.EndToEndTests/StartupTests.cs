using System.Net;
using Microsoft.Data.Sqlite;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>What an operator sees when starting the host: clear refusals, the migrate command, a first start that seeds.</summary>
public sealed class StartupTests : IDisposable
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);
    private readonly TestDirectory _directory = new();

    private string DatabaseFile => _directory.File("shop.db");

    [Fact]
    public async Task A_wrong_module_setting_stops_the_host_with_a_message_naming_it()
    {
        await using var host = HostProcess.Start(DatabaseFile, ["--Modules:Cart:MaxQuantityPerLine=0"]);

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(1);
        host.Output.ShouldContain("ModularShop cannot start: Modules:Cart:MaxQuantityPerLine:");
    }

    [Fact]
    public async Task Every_wrong_setting_is_named_at_once()
    {
        await using var host = HostProcess.Start(DatabaseFile, ["--Modules:Cart:MaxLines=-1", "--Modules:Catalog:DefaultCurrency=euro"]);

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(1);
        host.Output.ShouldContain("Modules:Cart:MaxLines:");
        host.Output.ShouldContain("Modules:Catalog:DefaultCurrency:");
    }

    [Fact]
    public async Task Outside_development_the_built_in_signing_key_is_refused()
    {
        await using var host = HostProcess.Start(DatabaseFile, ["--Authentication:SigningKey=modularshop-development-signing-key-never-use-in-production"], environment: "Production");

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(1);
        host.Output.ShouldContain("Authentication:SigningKey is the built-in development key");
    }

    [Fact]
    public async Task Outside_development_a_missing_signing_key_is_refused()
    {
        await using var host = HostProcess.Start(DatabaseFile, ["--Authentication:SigningKey="], environment: "Production");

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(1);
        host.Output.ShouldContain("Authentication:SigningKey is not set");
    }

    [Fact]
    public async Task SQL_Server_is_refused_with_what_this_build_lacks_and_what_to_add()
    {
        await using var host = HostProcess.Start(DatabaseFile, ["--Database:Provider=SqlServer"]);

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(1);
        host.Output.ShouldContain("ModularShop cannot start: Database:Provider=SqlServer is not supported by this build.");
        host.Output.ShouldContain("(the package WolverineFx.SqlServer)");
        host.Output.ShouldContain("exists only as generated DDL under tests/");
        host.Output.ShouldContain("add the package WolverineFx.SqlServer and an IModuleDatabase for SQL Server (SqlServerModuleDatabase");
        File.Exists(DatabaseFile).ShouldBeFalse();
    }

    [Fact]
    public async Task The_migrate_command_creates_every_schema_and_exits_without_serving()
    {
        await using var host = HostProcess.Start(DatabaseFile, command: "migrate");

        (await host.WaitForExitAsync(ExitTimeout)).ShouldBe(0, host.Output);
        using var db = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        db.Open();
        db.Scalar("SELECT count(*) FROM catalog_version_info").ShouldBe(2);
        db.Scalar("SELECT count(*) FROM cart_version_info").ShouldBe(2);
        db.Scalar("SELECT count(*) FROM sqlite_master WHERE name IN ('catalog_products', 'cart_carts', 'cart_cart_lines', 'cart_products', 'wolverine_incoming_envelopes')").ShouldBe(5);
        db.Scalar("SELECT count(*) FROM catalog_products").ShouldBe(0);
    }

    [Fact]
    public async Task The_first_start_seeds_the_demo_catalog_and_a_restart_does_not_seed_it_again()
    {
        await using (var first = await TestShop.StartAsync(settings => { settings.Directory = _directory; settings.SeedDemoProducts = true; }))
        {
            await Demo.WaitUntilCartKnowsTheCatalogAsync(first.OpenDatabase);
        }

        await using var second = await TestShop.StartAsync(settings => { settings.Directory = _directory; settings.SeedDemoProducts = true; });
        var page = await (await second.Anonymous().GetAsync("/api/catalog/products?pageSize=1")).ReadAsync<PageBody>();
        page.Total.ShouldBe(Demo.ProductCount);
        using var db = second.OpenDatabase();
        db.Scalar("SELECT count(*) FROM cart_processed_messages WHERE message_type = 'catalog.product-created.v1'").ShouldBe(Demo.ProductCount);
        (await second.Anonymous().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public void Dispose() => _directory.Dispose();

    private sealed record PageBody(int Total);
}
