using System.Reflection;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Persistence;

namespace ModularShop.BuildingBlocks.Modules;

/// <summary>Everything the kernel derives from a module: names, assembly, routes and the events it consumes.</summary>
public sealed class ModuleDescriptor
{
    internal ModuleDescriptor(IModule module)
    {
        Module = module;
        Name = module.Name;
        Key = module.Name.ToLowerInvariant();
        Assembly = module.GetType().Assembly;
        RoutePrefix = $"/api/{module.ApiSegment}";
        SiteRoutes = module.SiteRoutes;
        Types = Assembly.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false }).ToList();
        DbContextType = DbContextOf(Name, Types);
        EventHandlers = IntegrationEventHandlers.FoundIn(this);
        ConsumedEvents = EventHandlers.Select(handler => handler.Event).ToList();
    }

    public IModule Module { get; }

    /// <summary>PascalCase name, as the module declares it: <c>Catalog</c>.</summary>
    public string Name { get; }

    /// <summary>Lower-case name used for the schema, the queue and, by default, the route prefix: <c>catalog</c>.</summary>
    public string Key { get; }

    public Assembly Assembly { get; }

    public string Schema => Key;

    /// <summary>Where the module's API is served: <c>/api/&lt;segment&gt;</c>.</summary>
    public string RoutePrefix { get; }

    /// <summary>Paths the module serves outside <see cref="RoutePrefix"/>.</summary>
    public IReadOnlyList<string> SiteRoutes { get; }

    public string QueueName => Key;

    public string ConfigurationSection => $"Modules:{Name}";

    /// <summary>
    /// The module's DbContext: the one <see cref="ModuleDbContext"/> class in its assembly, which the module registers
    /// with <see cref="ModuleBuilder.AddDbContext{TContext}"/>; null for a module without a database.
    /// </summary>
    public Type? DbContextType { get; }

    /// <summary>
    /// The concrete classes of the module's assembly, read once: the kernel finds the module's handlers, validators
    /// and migrations among them.
    /// </summary>
    internal IReadOnlyList<Type> Types { get; }

    /// <summary>The module's handlers of integration events, found in its assembly.</summary>
    internal IReadOnlyList<IntegrationEventHandlerType> EventHandlers { get; }

    /// <summary>Integration events this module consumes.</summary>
    public IReadOnlyList<Type> ConsumedEvents { get; }

    public override string ToString() => Name;

    private static Type? DbContextOf(string name, IReadOnlyList<Type> types)
    {
        var contexts = types.Where(type => type.IsSubclassOf(typeof(ModuleDbContext))).ToList();
        return contexts.Count <= 1
            ? contexts.SingleOrDefault()
            : throw new InvalidOperationException($"Module {name} declares {contexts.Count} DbContexts ({string.Join(", ", contexts.Select(context => context.Name))}); a module owns exactly one.");
    }
}
