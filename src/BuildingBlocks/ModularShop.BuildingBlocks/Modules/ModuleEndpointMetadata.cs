using Microsoft.AspNetCore.Http;

namespace ModularShop.BuildingBlocks.Modules;

/// <summary>Marks an endpoint with the module that owns it, so logs, metrics and rate limits can say which module served a request.</summary>
public sealed record ModuleEndpointMetadata(string Module)
{
    /// <summary>The module whose endpoint serves the request, or <c>Host</c> for the host's own (health, OpenAPI, none).</summary>
    public static string ModuleOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ModuleEndpointMetadata>()?.Module ?? "Host";
}
