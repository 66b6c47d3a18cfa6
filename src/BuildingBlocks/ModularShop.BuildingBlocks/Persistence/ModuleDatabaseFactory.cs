using Microsoft.Extensions.Configuration;
using ModularShop.BuildingBlocks.Configuration;

namespace ModularShop.BuildingBlocks.Persistence;

public static class ModuleDatabaseFactory
{
    /// <summary>Reads <c>Database:Provider</c> and <c>ConnectionStrings:ModularShop</c>; relative file paths resolve against <paramref name="contentRoot"/>.</summary>
    public static IModuleDatabase Create(IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidSettingException($"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set.");
        }

        return options.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteModuleDatabase(connectionString, contentRoot),
            DatabaseProvider.SqlServer => throw new InvalidSettingException(SqlServerSupport.NotInThisBuild),
            _ => throw new InvalidSettingException($"Database:Provider '{options.Provider}' is not supported."),
        };
    }
}
