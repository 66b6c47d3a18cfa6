namespace ModularShop.BuildingBlocks.Persistence;

/// <summary>
/// Where a module's tables live. On a database with schemas each module has its own schema; SQLite has none,
/// so there every table is prefixed with the module's schema name instead (<c>catalog_products</c>).
/// </summary>
public sealed record ModuleTableLayout(string ModuleSchema, DatabaseProvider Provider)
{
    public bool UsesSchemas => Provider != DatabaseProvider.Sqlite;

    /// <summary>The schema to put tables in: the module's own, or SQLite's single <c>main</c>.</summary>
    public string Schema => UsesSchemas ? ModuleSchema : "main";

    public string Table(string name) => UsesSchemas ? name : $"{ModuleSchema}_{name}";

    /// <summary>An index name unique in the whole database, as SQLite requires.</summary>
    public string Index(string table, params string[] columns) => $"ix_{Table(table)}_{string.Join('_', columns)}";

    public string VersionTable => Table("version_info");
}
