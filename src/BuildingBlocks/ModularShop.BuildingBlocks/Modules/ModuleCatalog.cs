using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Configuration;

namespace ModularShop.BuildingBlocks.Modules;

/// <summary>
/// The modules this process knows about, found by scanning the application's ModularShop.Modules.* assemblies,
/// and the subset it runs, chosen by configuration: <c>Modules:Run</c> (or <c>--modules</c>) lists the modules of a
/// service that runs only some of them; otherwise every module runs unless <c>Modules:&lt;Name&gt;:Enabled</c> is false.
/// </summary>
public sealed class ModuleCatalog
{
    public const string AssemblyPrefix = "ModularShop.Modules.";

    /// <summary>The setting that lists the modules a service runs, comma-separated: <c>Modules:Run=payments</c>.</summary>
    public const string RunSetting = "Modules:Run";

    /// <summary>The name of the whole shop; a service running some modules is named after them.</summary>
    public const string ShopName = "modularshop";

    private ModuleCatalog(IReadOnlyList<ModuleDescriptor> all, IReadOnlyList<ModuleDescriptor> enabled, bool isService)
    {
        All = all;
        Enabled = enabled;
        IsService = isService;
        ServiceName = isService ? $"{ShopName}-{string.Join('-', enabled.Select(module => module.Key))}" : ShopName;
    }

    /// <summary>Every module found, running here or not.</summary>
    public IReadOnlyList<ModuleDescriptor> All { get; }

    /// <summary>The modules this process hosts.</summary>
    public IReadOnlyList<ModuleDescriptor> Enabled { get; }

    /// <summary>True when <see cref="RunSetting"/> chose the modules: this process is a service split out of the shop.</summary>
    public bool IsService { get; }

    /// <summary><c>modularshop</c>, or for a service <c>modularshop-&lt;module&gt;[-&lt;module&gt;...]</c>: names the process in logs and traces.</summary>
    public string ServiceName { get; }

    /// <summary>Modules this process knows but does not run.</summary>
    public IEnumerable<ModuleDescriptor> Elsewhere => All.Except(Enabled);

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

            var segment = module.Module.ApiSegment;
            if (string.IsNullOrWhiteSpace(segment) || !segment.All(c => char.IsAsciiLetterLower(c) || c == '-'))
            {
                throw new InvalidOperationException($"Module {module.Name} asks for the API segment '{segment}'; use lower-case letters and dashes.");
            }

            if (module.SiteRoutes.Any(route => !route.StartsWith('/') || route.StartsWith("/api/", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"Module {module.Name} declares the site routes {string.Join(", ", module.SiteRoutes)}; each starts with '/' and lies outside /api/.");
            }
        }

        var sameSegment = modules.GroupBy(module => module.RoutePrefix).FirstOrDefault(group => group.Count() > 1);
        if (sameSegment is not null)
        {
            throw new InvalidOperationException($"Modules {string.Join(" and ", sameSegment)} both serve {sameSegment.Key}.");
        }

        var duplicate = modules.GroupBy(module => module.Key).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two modules are named '{duplicate.First().Name}': {string.Join(", ", duplicate.Select(module => module.Module.GetType().FullName))}.");
        }

        var run = RunListOf(configuration, modules);
        var enabled = modules
            .Where(module => run is null || run.Contains(module))
            .Where(module => configuration.GetValue($"{module.ConfigurationSection}:Enabled", defaultValue: true))
            .ToList();
        if (run is not null && enabled.Count == 0)
        {
            throw new InvalidSettingException($"{RunSetting} lists {string.Join(", ", run)}, and every one of them has Enabled=false: the service would run nothing.");
        }

        return new ModuleCatalog(modules, enabled, run is not null);
    }

    private static HashSet<ModuleDescriptor>? RunListOf(IConfiguration configuration, List<ModuleDescriptor> modules)
    {
        var setting = configuration[RunSetting];
        if (setting is null)
        {
            return null;
        }

        var names = setting.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            throw new InvalidSettingException($"{RunSetting} is empty; list the modules this service runs, for example {RunSetting}=payments, or leave it out to run them all.");
        }

        var run = new HashSet<ModuleDescriptor>();
        foreach (var name in names)
        {
            var module = modules.FirstOrDefault(candidate => candidate.Key.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidSettingException(
                    $"{RunSetting} names '{name}', which is not a module of this build; the modules here are {string.Join(", ", modules.Select(known => known.Key))}.");
            run.Add(module);
        }

        return run;
    }

    private static bool IsModuleAssembly(Assembly assembly)
    {
        var name = assembly.GetName().Name ?? "";
        return name.StartsWith(AssemblyPrefix, StringComparison.Ordinal) && !name.EndsWith(".Contracts", StringComparison.Ordinal) && !name.EndsWith(".Tests", StringComparison.Ordinal);
    }
}
