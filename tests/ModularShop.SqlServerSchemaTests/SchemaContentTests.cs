namespace ModularShop.SqlServerSchemaTests;

/// <summary>What the generated SQL Server DDL is claimed to be: each module in its own schema, its own version table, money as cents.</summary>
public sealed class SchemaContentTests
{
    private static readonly string[] InexactOrDecimalTypes = ["DECIMAL", "NUMERIC", "MONEY", "SMALLMONEY", "FLOAT", "REAL"];

    [Theory]
    [MemberData(nameof(SchemaModules.All), MemberType = typeof(SchemaModules))]
    public async Task Every_table_is_in_the_module_s_own_schema_never_in_dbo_nor_in_another_module_s(string module)
    {
        var scripts = await ModuleSqlServerScripts.For(module);
        foreach (var (name, script) in Both(scripts))
        {
            var targets = Ddl.Targets(script);
            targets.ShouldNotBeEmpty(name);
            targets.ShouldAllBe(target => target.StartsWith($"[{scripts.Schema}].", StringComparison.Ordinal), name);
            Ddl.CreatedSchemas(script).ShouldBe([scripts.Schema], name);
            script.ShouldNotContain("[dbo]", Case.Insensitive, name);
        }
    }

    [Theory]
    [MemberData(nameof(SchemaModules.All), MemberType = typeof(SchemaModules))]
    public async Task The_migrations_create_version_info_in_the_module_s_schema_first_and_record_every_version_in_order(string module)
    {
        var scripts = await ModuleSqlServerScripts.For(module);
        var versionTable = $"[{scripts.Schema}].[version_info]";

        Ddl.Tables(scripts.Migrations)[0].Name.ShouldBe(versionTable, "the version table is created before the module's tables");
        var versions = Ddl.InsertedVersions(scripts.Migrations, versionTable);
        versions.ShouldNotBeEmpty();
        versions[0].ShouldBe(1, "the kernel's shared migration 1 (processed_messages) comes first");
        versions.ShouldBe(versions.Order().ToList(), "migrations run in version order");
    }

    [Theory]
    [MemberData(nameof(SchemaModules.All), MemberType = typeof(SchemaModules))]
    public async Task Money_is_kept_as_bigint_cents_never_as_a_decimal_type(string module)
    {
        var scripts = await ModuleSqlServerScripts.For(module);
        foreach (var (name, script) in Both(scripts))
        {
            var columns = Ddl.Tables(script).SelectMany(table => table.Columns).ToList();
            columns.ShouldNotBeEmpty(name);
            columns.Where(column => column.Name.EndsWith("_cents", StringComparison.Ordinal)).ShouldAllBe(column => column.Type == "BIGINT", name);
            columns.ShouldNotContain(column => InexactOrDecimalTypes.Any(type => column.Type.StartsWith(type, StringComparison.Ordinal)), name);
        }
    }

    [Fact]
    public async Task A_product_s_price_is_a_bigint_of_cents_in_catalog_products()
    {
        var scripts = await ModuleSqlServerScripts.For("Catalog");
        foreach (var (name, script) in Both(scripts))
        {
            Ddl.Tables(script).Single(table => table.Name == "[catalog].[products]").Columns.ShouldContain(new Column("price_cents", "BIGINT", Nullable: false), name);
        }
    }

    [Theory]
    [MemberData(nameof(SchemaModules.All), MemberType = typeof(SchemaModules))]
    public async Task The_migrations_create_the_tables_and_columns_that_the_EF_Core_model_maps(string module)
    {
        var scripts = await ModuleSqlServerScripts.For(module);
        var versionTable = $"[{scripts.Schema}].[version_info]";

        var migrated = Describe(Ddl.Tables(scripts.Migrations).Where(table => table.Name != versionTable));
        var mapped = Describe(Ddl.Tables(scripts.EfCore));

        mapped.ShouldNotBeEmpty();
        migrated.ShouldBe(mapped, ignoreOrder: true);
    }

    private static (string Name, string Script)[] Both(ModuleSqlServerScripts scripts) =>
        [(Snapshots.FileName(scripts.Module, Snapshots.EfCore), scripts.EfCore), (Snapshots.FileName(scripts.Module, Snapshots.Migrations), scripts.Migrations)];

    private static List<string> Describe(IEnumerable<Table> tables) =>
        tables.SelectMany(table => table.Columns.Select(column => $"{table.Name}.{column}")).ToList();
}
