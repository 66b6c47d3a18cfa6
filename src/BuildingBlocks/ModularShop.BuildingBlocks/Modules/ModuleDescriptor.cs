using System.Reflection;

namespace ModularShop.BuildingBlocks.Modules;

/// <summary>Everything the kernel derives from a module: names, assembly, and what the module registered.</summary>
public sealed class ModuleDescriptor
{
    internal ModuleDescriptor(IModule module)
    {
        Module = module;
        Name = module.Name;
        Key = module.Name.ToLowerInvariant();
        Assembly = module.GetType().Assembly;
        RoutePrefix = $"/api/{Key}";
    }

    public IModule Module { get; }

    /// <summary>PascalCase name, as the module declares it: <c>Catalog</c>.</summary>
    public string Name { get; }

    /// <summary>Lower-case name used for the schema, the route prefix and the queue: <c>catalog</c>.</summary>
    public string Key { get; }

    public Assembly Assembly { get; }

    public string Schema => Key;

    /// <summary>Where the module's API is served: <c>/api/&lt;key&gt;</c> unless the module chose another segment.</summary>
    public string RoutePrefix { get; internal set; } = "";

    public string QueueName => Key;

    public string ConfigurationSection => $"Modules:{Name}";

    /// <summary>The module's DbContext, once the module has registered one.</summary>
    public Type? DbContextType { get; internal set; }

    /// <summary>Integration events this module consumes, found in its assembly.</summary>
    public IReadOnlyList<Type> ConsumedEvents { get; internal set; } = [];

    public override string ToString() => Name;
}
