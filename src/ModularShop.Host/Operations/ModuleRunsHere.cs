using ModularShop.BuildingBlocks.Modules;
using ModularShop.Host.Api;

namespace ModularShop.Host.Operations;

/// <summary>
/// The module named in an operations path, when it runs in this process. A module that runs elsewhere and that this
/// process is the gateway of never gets here: its own route, more specific, forwards the call to it.
/// </summary>
internal static class ModuleRunsHere
{
    private static readonly object ItemKey = new();

    public static ModuleDescriptor Of(HttpContext context) => (ModuleDescriptor)context.Items[ItemKey]!;

    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var key = context.Request.RouteValues[OperationsApi.ModuleParameter] as string;
        var catalog = context.RequestServices.GetRequiredService<ModuleCatalog>();
        var known = catalog.All.FirstOrDefault(module => string.Equals(module.Key, key, StringComparison.Ordinal));
        if (known is not null && catalog.Enabled.Contains(known))
        {
            context.Items[ItemKey] = known;
            return await next(invocation);
        }

        var detail = known is null
            ? $"There is no module '{key}'; the modules are {string.Join(", ", catalog.All.Select(module => module.Key))}."
            : $"{known.Name} does not run in this process ({catalog.ServiceName}), and this process forwards no calls to it; ask the process that runs it.";
        await context.WriteProblemAsync(StatusCodes.Status404NotFound, "Module not found", detail);
        return Results.Empty;
    }
}
