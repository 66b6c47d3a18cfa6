using Microsoft.AspNetCore.Routing;

namespace ModularShop.BuildingBlocks.Modules;

/// <summary>Where a module maps its endpoints.</summary>
/// <param name="Api">The module's API group, prefixed with /api/&lt;module&gt;.</param>
/// <param name="Site">The site root, for the rare route a module must keep outside its prefix.</param>
public sealed record ModuleRoutes(IEndpointRouteBuilder Api, IEndpointRouteBuilder Site);
