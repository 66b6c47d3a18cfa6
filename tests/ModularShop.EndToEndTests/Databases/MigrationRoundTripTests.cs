using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Databases;

/// <summary>Every module's migrations go all the way down, leaving its schema empty, and all the way up again.</summary>
public sealed class MigrationRoundTripTests
{
    public static TheoryData<string> Modules() => ModuleRoleIsolationTests.Modules();

    [Theory]
    [MemberData(nameof(Modules))]
    public async Task All_migrations_of_a_module_go_down_to_an_empty_schema_and_up_again(string module)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = UnstartedShop.On(database);
        var migrator = app.Services.GetRequiredService<ModuleMigrator>();
        var descriptor = app.Services.GetRequiredService<ModuleCatalog>().All.Single(candidate => candidate.Key == module);

        // Named, the latest migration takes the contract steps on the way too.
        var latest = (await migrator.ListAsync(CancellationToken.None)).Where(state => state.Module == descriptor.Name).Max(state => state.Version);
        await migrator.MigrateUpAsync(descriptor, latest, CancellationToken.None);
        var tables = database.TablesOf(module);
        var migrations = (await migrator.ListAsync(CancellationToken.None)).Where(state => state.Module == descriptor.Name).ToList();

        await migrator.MigrateDownAsync(descriptor, version: 0, CancellationToken.None);
        var afterDown = database.TablesOf(module);
        var pendingAfterDown = (await migrator.ListAsync(CancellationToken.None)).Where(state => state.Module == descriptor.Name).ToList();

        await migrator.MigrateUpAsync(descriptor, latest, CancellationToken.None);

        migrations.Count.ShouldBeGreaterThan(1);
        migrations.ShouldAllBe(state => state.Applied);
        tables.ShouldBeGreaterThan(2, "the module's tables and its version table");
        afterDown.ShouldBe(0, "nothing of the module is left, version table included");
        pendingAfterDown.ShouldAllBe(state => !state.Applied);
        database.TablesOf(module).ShouldBe(tables);
    }
}
