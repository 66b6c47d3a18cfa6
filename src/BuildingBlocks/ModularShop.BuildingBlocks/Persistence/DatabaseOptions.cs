namespace ModularShop.BuildingBlocks.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> section: which database server the shop runs on.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The name under <c>ConnectionStrings</c>: <c>ConnectionStrings:ModularShop</c>.</summary>
    public const string ConnectionStringName = "ModularShop";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
