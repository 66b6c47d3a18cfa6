namespace ModularShop.BuildingBlocks.Modules;

/// <summary>
/// A bounded context of the shop. Each module implements this once; the host finds it by assembly scanning.
/// The module's schema, configuration section and message queue derive from <see cref="Name"/>.
/// </summary>
public interface IModule
{
    /// <summary>The module's name in PascalCase, for example <c>Catalog</c>.</summary>
    string Name { get; }

    /// <summary>The segment the module's API is served under, <c>/api/&lt;segment&gt;</c>: by default its name in lower case.</summary>
    string ApiSegment => Name.ToLowerInvariant();

    /// <summary>
    /// Paths the module serves outside its API prefix, for clients that predate it. A gateway forwards them to the
    /// module together with its API when the module runs elsewhere.
    /// </summary>
    IReadOnlyList<string> SiteRoutes => [];

    /// <summary>
    /// Registers what only this module knows: its DbContext, its options and any services of its own.
    /// Request handlers, validators and integration event handlers in the module's assembly are registered by the kernel.
    /// </summary>
    void Register(ModuleBuilder module);

    /// <summary>Maps the module's HTTP endpoints; <see cref="ModuleRoutes.Api"/> is already prefixed with /api/&lt;module&gt;.</summary>
    void MapEndpoints(ModuleRoutes routes);
}
