namespace ModularShop.BuildingBlocks.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary>The <c>Database</c> section: which database server the shop runs on, and how it connects to it.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The name under <c>ConnectionStrings</c>: <c>ConnectionStrings:ModularShop</c>.</summary>
    public const string ConnectionStringName = "ModularShop";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// On a database server, each module connects as a role of its own: <c>Database:Roles:&lt;Module&gt;:Password</c>
    /// (and optionally <c>:Username</c>, by default <c>modularshop_&lt;module&gt;</c>). Never in the repository.
    /// </summary>
    public Dictionary<string, ModuleRoleOptions> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class ModuleRoleOptions
{
    public string? Username { get; set; }

    public string? Password { get; set; }
}
