using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ModularShop.BuildingBlocks.Modules;

/// <summary>
/// The modules this process knows about, found by scanning the application's ModularShop.Modules.* assemblies,
/// and the subset it runs, chosen by configuration (<c>Modules:&lt;Name&gt;:Enabled</c>, default true).
/// </summary>
public sealed class ModuleCatalog
{
    public const string AssemblyPrefix = "ModularShop.Modules.";

    private ModuleCatalog(IReadOnlyList<ModuleDescriptor> all, IReadOnlyList<ModuleDescriptor> enabled)
    {
        All = all;
        Enabled = enabled;
    }

    /// <summary>Every module found, running here or not.</summary>
    public IReadOnlyList<ModuleDescriptor> All { get; }

    /// <summary>The modules this process hosts.</summary>
    public IReadOnlyList<ModuleDescriptor> Enabled { get; }

    public static ModuleCatalog Discover(IConfiguration configuration)
    {
        var found = new ServiceCollection();
        found.Scan(scan => scan
            .FromApplicationDependencies(IsModuleAssembly)
            .AddClasses(classes => classes.AssignableTo<IModule>(), publicOnly: false)
            .As<IModule>());

        var modules = found
            .Select(service => service.ImplementationType!)
            .Distinct()
            .Select(type => new ModuleDescriptor((IModule)Activator.CreateInstance(type)!))
            .OrderBy(module => module.Name, StringComparer.Ordinal)
            .ToList();
        return Create(modules, configuration);
    }

    /// <summary>Builds a catalog from known module instances (used by tests that compose a host by hand).</summary>
    public static ModuleCatalog From(IEnumerable<IModule> modules, IConfiguration configuration) =>
        Create(modules.Select(module => new ModuleDescriptor(module)).ToList(), configuration);

    public ModuleDescriptor? FindByAssembly(Assembly assembly) =>
        All.FirstOrDefault(module => module.Assembly == assembly);

    public ModuleDescriptor Get(Type moduleType) =>
        All.FirstOrDefault(module => module.Module.GetType() == moduleType)
        ?? throw new InvalidOperationException($"{moduleType.Name} is not a known module.");

    private static ModuleCatalog Create(List<ModuleDescriptor> modules, IConfiguration configuration)
    {
        foreach (var module in modules)
        {
            if (string.IsNullOrWhiteSpace(module.Name) || !module.Name.All(char.IsAsciiLetter) || !char.IsUpper(module.Name[0]))
            {
                throw new InvalidOperationException($"Module {module.Module.GetType().FullName} has the name '{module.Name}'; a module name is one PascalCase word of ASCII letters.");
            }
        }

        var duplicate = modules.GroupBy(module => module.Key).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two modules are named '{duplicate.First().Name}': {string.Join(", ", duplicate.Select(module => module.Module.GetType().FullName))}.");
        }

        var enabled = modules
            .Where(module => configuration.GetValue($"{module.ConfigurationSection}:Enabled", defaultValue: true))
            .ToList();
        return new ModuleCatalog(modules, enabled);
    }

    private static bool IsModuleAssembly(Assembly assembly)
    {
        var name = assembly.GetName().Name ?? "";
        return name.StartsWith(AssemblyPrefix, StringComparison.Ordinal) && !name.EndsWith(".Contracts", StringComparison.Ordinal) && !name.EndsWith(".Tests", StringComparison.Ordinal);
    }
}
