using Microsoft.Extensions.Configuration;
using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Messaging;
using Wolverine;

namespace ModularShop.BuildingBlocks.Persistence;

public static class ModuleDatabaseFactory
{
    /// <summary>
    /// Reads <c>Database:Provider</c> and <c>ConnectionStrings:ModularShop</c>; relative file paths resolve against
    /// <paramref name="contentRoot"/>.
    /// </summary>
    public static IModuleDatabase Create(IConfiguration configuration, string contentRoot, ModuleCatalog catalog, MessagingSettings messaging)
    {
        var options = OptionsOf(configuration);
        var durability = messaging.Durability;
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidSettingException($"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set.");
        }

        return options.Provider switch
        {
            DatabaseProvider.Sqlite when durability == DurabilityMode.Balanced => throw new InvalidSettingException(
                "Messaging:Durability=Balanced needs a database server: a SQLite file has a single writer, and the shop runs on it as one node (Solo)."),
            DatabaseProvider.Sqlite => new SqliteModuleDatabase(connectionString, contentRoot),
            DatabaseProvider.PostgreSql => new PostgresModuleDatabase(connectionString, new ModuleRoles(options), durability ?? DurabilityMode.Balanced, EnvelopeSchemaOf(messaging, catalog)),
            DatabaseProvider.SqlServer => throw new InvalidSettingException(SqlServerSupport.NotInThisBuild),
            _ => throw new InvalidSettingException($"Database:Provider '{options.Provider}' is not supported."),
        };
    }

    internal static DatabaseOptions OptionsOf(IConfiguration configuration)
    {
        // Checked before binding, whose own message for an unknown enum name does not list the known ones.
        var provider = configuration.GetSection(DatabaseOptions.Section)["Provider"];
        if (provider is not null && !Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out _))
        {
            throw new InvalidSettingException(
                $"{DatabaseOptions.Section}:Provider is '{provider}'; it must be one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        return SettingsReader.Read<DatabaseOptions>(configuration, DatabaseOptions.Section);
    }

    /// <summary>
    /// Every deployment keeps its envelopes apart: the nodes sharing a message store recover each other's messages, so
    /// they must all listen to the same queues. The shop's store is <c>wolverine</c>; a service running only Payments
    /// uses <c>wolverine_payments</c>, shared by its instances and nobody else.
    /// </summary>
    private static string EnvelopeSchemaOf(MessagingSettings messaging, ModuleCatalog catalog) =>
        messaging.EnvelopeSchema ?? (catalog.IsService ? $"wolverine_{string.Join('_', catalog.Enabled.Select(module => module.Key))}" : "wolverine");
}
