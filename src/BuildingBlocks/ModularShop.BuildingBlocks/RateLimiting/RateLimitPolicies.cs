using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;

namespace ModularShop.BuildingBlocks.RateLimiting;

/// <summary>
/// What a call to a module's endpoint costs, which decides the rate limit it counts against. Every module endpoint is
/// a read (GET, HEAD) or a write (anything else) unless it says it is an expensive write, such as a checkout or an
/// admin's change to the catalog: <c>.RequireRateLimiting(RateLimitPolicies.ExpensiveWrites)</c>.
/// </summary>
public static class RateLimitPolicies
{
    public const string Reads = "reads";
    public const string Writes = "writes";
    public const string ExpensiveWrites = "expensive-writes";

    public static IReadOnlyList<string> All { get; } = [Reads, Writes, ExpensiveWrites];

    /// <summary>Gives an endpoint that chose no policy the one its HTTP methods imply. Runs after the endpoint's own conventions.</summary>
    internal static void ApplyDefault(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.Any(metadata => metadata is EnableRateLimitingAttribute or DisableRateLimitingAttribute))
        {
            return;
        }

        var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault()?.HttpMethods ?? [];
        var reads = methods.Count > 0 && methods.All(method => HttpMethods.IsGet(method) || HttpMethods.IsHead(method));
        endpoint.Metadata.Add(new EnableRateLimitingAttribute(reads ? Reads : Writes));
    }
}
