using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Extraction;

/// <summary>
/// The gateway forwards a remote module's API prefix and its declared site routes, and nothing else. A route a
/// module maps anywhere else would answer 404 the day the module leaves the shop.
/// </summary>
public sealed class ModuleRoutesTests
{
    [Fact]
    public async Task Every_route_a_module_maps_is_one_the_gateway_would_forward_to_it()
    {
        await using var shop = await TestShop.StartAsync();
        var catalog = shop.Services.GetRequiredService<ModuleCatalog>();
        var routes = shop.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(endpoint => (Module: endpoint.Metadata.GetMetadata<ModuleEndpointMetadata>()?.Module, Pattern: "/" + endpoint.RoutePattern.RawText!.TrimStart('/')))
            .Where(route => route.Module is not null)
            .ToList();

        routes.Select(route => route.Module).Distinct().Order().ShouldBe(catalog.Enabled.Select(module => module.Name).Order());
        foreach (var (name, pattern) in routes)
        {
            var module = catalog.Enabled.Single(candidate => candidate.Name == name);
            var forwarded = pattern.StartsWith(module.RoutePrefix + "/", StringComparison.OrdinalIgnoreCase)
                || pattern.Equals(module.RoutePrefix, StringComparison.OrdinalIgnoreCase)
                || module.SiteRoutes.Contains(pattern, StringComparer.OrdinalIgnoreCase);
            forwarded.ShouldBeTrue($"{name} maps {pattern}, outside {module.RoutePrefix} and its SiteRoutes [{string.Join(", ", module.SiteRoutes)}]");
        }
    }
}
