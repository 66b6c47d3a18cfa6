namespace ModularShop.BuildingBlocks.Persistence;

/// <summary>Why <c>Database:Provider=SqlServer</c> stops the host, and what a build that supports SQL Server needs.</summary>
internal static class SqlServerSupport
{
    public const string NotInThisBuild =
        "Database:Provider=SqlServer is not supported by this build. " +
        "No SQL Server message store for Wolverine is available to it (the package WolverineFx.SqlServer), so the outbox has nowhere to live on SQL Server, " +
        "and the SQL Server schema exists only as generated DDL under tests/ModularShop.SqlServerSchemaTests/Snapshots. " +
        "To support SQL Server, add the package WolverineFx.SqlServer and an IModuleDatabase for SQL Server (SqlServerModuleDatabase, alongside SqliteModuleDatabase) " +
        "and create it in ModuleDatabaseFactory. Until then, use Database:Provider=Sqlite.";
}
