using System.Reflection;
using Microsoft.Extensions.Configuration;
using ModularShop.ArchitectureTests.Rules;
using ModularShop.BuildingBlocks.Modules;

namespace ModularShop.ArchitectureTests;

/// <summary>The modules as the host finds them, so that a new module is held to the rules without anyone editing a test.</summary>
public static class KnownModules
{
    private static readonly Lazy<IReadOnlyList<ModuleDescriptor>> Discovered =
        new(() => ModuleCatalog.Discover(new ConfigurationBuilder().Build()).All);

    private static readonly Lazy<IReadOnlyList<ModuleParts>> AllParts = new(() => All.Select(PartsOf).ToList());

    public static IReadOnlyList<ModuleDescriptor> All => Discovered.Value;

    /// <summary>Every module as the rules see it.</summary>
    public static IReadOnlyList<ModuleParts> Parts => AllParts.Value;

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var module in All)
        {
            data.Add(module.Name);
        }

        return data;
    }

    public static ModuleDescriptor Named(string name) => All.Single(module => module.Name == name);

    public static ModuleParts PartsNamed(string name) => Parts.Single(module => module.Name == name);

    public static Assembly ContractsOf(ModuleDescriptor module) => Assembly.Load(module.Assembly.GetName().Name + ".Contracts");

    private static ModuleParts PartsOf(ModuleDescriptor module)
    {
        var root = module.Assembly.GetName().Name!;
        return new ModuleParts(
            module.Name,
            module.Schema,
            new TypeSet(module.Assembly, root, Excluding: root + ".Contracts"),
            new TypeSet(ContractsOf(module), root + ".Contracts"),
            () => ShopOnPostgres.ModelsOf(module.Name));
    }
}
