using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.ServiceDiscovery;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.Host;

namespace ModularShop.EndToEndTests.Deployment;

/// <summary>
/// The host as a container of deploy/ would build it, without serving: an image built for some modules carries them
/// as <c>Modules:Run</c>; its environment becomes settings. Building it validates every setting it reads at start.
/// </summary>
internal static class DeployedHost
{
    /// <param name="arguments">The container's command, then each of its environment variables as <c>--Key=Value</c>.</param>
    /// <param name="carriedModules">The modules the image was built to carry; empty for the shop's image, which carries every module.</param>
    public static WebApplication Create(IEnumerable<string> arguments, string carriedModules)
    {
        string[] carried = carriedModules.Length > 0 ? [$"--{ModuleCatalog.RunSetting}={carriedModules}"] : [];
        return ShopApplication.Create(new WebApplicationOptions
        {
            Args = [.. arguments, .. carried],
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
    }

    /// <summary>Where the host's gateway sends the calls of a module that runs elsewhere, as its service discovery resolves them.</summary>
    public static async Task<IReadOnlyList<Uri>> InstancesOfAsync(WebApplication app, ModuleDescriptor module)
    {
        var resolver = app.Services.GetRequiredService<ServiceEndpointResolver>();
        var endpoints = await resolver.GetEndpointsAsync($"http://{module.Key}", CancellationToken.None);
        return endpoints.Endpoints.Select(endpoint => AddressOf(endpoint.EndPoint)).ToList();
    }

    private static Uri AddressOf(EndPoint endpoint) => endpoint switch
    {
        UriEndPoint uri => uri.Uri,
        DnsEndPoint dns => new Uri($"http://{dns.Host}:{dns.Port}"),
        _ => throw new InvalidOperationException($"Unexpected endpoint {endpoint}"),
    };
}
