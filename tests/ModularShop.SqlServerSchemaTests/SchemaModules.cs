using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Modules;

namespace ModularShop.SqlServerSchemaTests;

/// <summary>
/// The modules that own a database, found as the host finds them, so that a new module's schema is covered without
/// anyone editing a test. Whether a module owns a database is known only once it has registered itself.
/// </summary>
public static class SchemaModules
{
    private static readonly Lazy<IReadOnlyList<string>> Found = new(FindModulesWithADatabase);

    public static IReadOnlyList<string> Names => Found.Value;

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
        {
            data.Add(name);
        }

        return data;
    }

    private static List<string> FindModulesWithADatabase()
    {
        var configuration = new ConfigurationBuilder().Build();
        var catalog = ModuleCatalog.Discover(configuration);
        new ServiceCollection().AddModules(configuration, catalog, new SqlServerModuleDatabase());
        return catalog.All.Where(module => module.DbContextType is not null).Select(module => module.Name).ToList();
    }
}
