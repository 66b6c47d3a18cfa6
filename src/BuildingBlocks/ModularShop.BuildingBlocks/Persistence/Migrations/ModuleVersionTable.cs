using FluentMigrator.Runner.VersionTableInfo;

namespace ModularShop.BuildingBlocks.Persistence.Migrations;

/// <summary>Each module records its applied migrations in its own version table, inside its own schema.</summary>
internal sealed class ModuleVersionTable(ModuleTableLayout layout) : IVersionTableMetaData
{
    public bool OwnsSchema => false;

    public string SchemaName => layout.Schema;

    public string TableName => layout.VersionTable;

    public string ColumnName => "version";

    public string DescriptionColumnName => "description";

    public string UniqueIndexName => $"uc_{layout.VersionTable}_version";

    public string AppliedOnColumnName => "applied_on";

    public bool CreateWithPrimaryKey => false;
}
