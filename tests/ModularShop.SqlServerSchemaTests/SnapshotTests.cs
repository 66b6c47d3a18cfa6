using Xunit.Abstractions;

namespace ModularShop.SqlServerSchemaTests;

/// <summary>
/// What the code generates for SQL Server now must equal the committed snapshots, so that every schema change shows up
/// as a reviewed diff of SQL Server DDL. <c>./build.sh sqlserver-snapshots</c> rewrites them.
/// </summary>
public sealed class SnapshotTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(SchemaModules.All), MemberType = typeof(SchemaModules))]
    public async Task The_EF_Core_create_script_matches_its_snapshot(string module) =>
        MatchOrUpdate(module, Snapshots.EfCore, (await ModuleSqlServerScripts.For(module)).EfCore);

    [Theory]
    [MemberData(nameof(SchemaModules.All), MemberType = typeof(SchemaModules))]
    public async Task The_migrations_DDL_matches_its_snapshot(string module) =>
        MatchOrUpdate(module, Snapshots.Migrations, (await ModuleSqlServerScripts.For(module)).Migrations);

    [Fact]
    public void Every_module_has_both_snapshots_and_every_snapshot_belongs_to_a_module()
    {
        var expected = SchemaModules.Names
            .SelectMany(module => Snapshots.Kinds.Select(kind => Snapshots.FileName(module, kind)))
            .Order(StringComparer.Ordinal)
            .ToList();
        var orphans = Snapshots.FileNames().Except(expected).ToList();

        if (Snapshots.UpdateRequested)
        {
            foreach (var orphan in orphans)
            {
                Snapshots.Delete(orphan);
                output.WriteLine($"Deleted Snapshots/{orphan}: no module with a database has that name.");
            }

            return;
        }

        var problems = expected.Except(Snapshots.FileNames()).Select(file => $"Snapshots/{file} is missing")
            .Concat(orphans.Select(file => $"Snapshots/{file} belongs to no module with a database"))
            .ToList();
        problems.ShouldBeEmpty($"Run {Snapshots.RegenerateCommand} to regenerate the snapshots, review the diff and commit it");
    }

    private void MatchOrUpdate(string module, string kind, string generated)
    {
        if (Snapshots.UpdateRequested)
        {
            Snapshots.Write(module, kind, generated);
            output.WriteLine($"MODULARSHOP_UPDATE_SNAPSHOTS=1: wrote {Snapshots.DisplayPath(module, kind)} instead of comparing.");
            return;
        }

        var committed = Snapshots.Read(module, kind);
        if (committed is null)
        {
            Assert.Fail($"{Snapshots.DisplayPath(module, kind)} does not exist. Run {Snapshots.RegenerateCommand} to generate it, review it and commit it.");
        }

        if (committed != generated)
        {
            Assert.Fail(
                $"{Snapshots.DisplayPath(module, kind)} differs from what the code generates now ({TextDifference.First(committed, generated)}). " +
                $"If the schema change is intended, run {Snapshots.RegenerateCommand}, review the diff and commit it.");
        }
    }
}
