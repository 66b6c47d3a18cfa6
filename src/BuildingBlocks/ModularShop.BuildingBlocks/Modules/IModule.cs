namespace ModularShop.BuildingBlocks.Modules;

/// <summary>
/// A bounded context of the shop. Each module implements this once; the host finds it by assembly scanning.
/// The module's schema, route prefix, configuration section and message queue all derive from <see cref="Name"/>.
/// </summary>
public interface IModule
{
    /// <summary>The module's name in PascalCase, for example <c>Catalog</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Registers what only this module knows: its DbContext, its options and any services of its own.
    /// Request handlers, validators and integration event handlers in the module's assembly are registered by the kernel.
    /// </summary>
    void Register(ModuleBuilder module);

    /// <summary>Maps the module's HTTP endpoints; <see cref="ModuleRoutes.Api"/> is already prefixed with /api/&lt;module&gt;.</summary>
    void MapEndpoints(ModuleRoutes routes);
}
