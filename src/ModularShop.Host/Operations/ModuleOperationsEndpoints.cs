using ModularShop.BuildingBlocks.Modules;

namespace ModularShop.Host.Operations;

/// <summary>What the summary routes of <see cref="OperationsApi"/> answer, read from the store at the time of the call.</summary>
internal static class ModuleOperationsEndpoints
{
    public static async Task<IResult> WaitingAsync(HttpContext context, MessageStoreReader store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var module = ModuleRunsHere.Of(context);
        var waiting = await store.WaitingAsync(cancellationToken);
        return TypedResults.Ok(new ModuleWaiting(module.Key, ViewsOf(waiting, module.Key, clock.GetUtcNow())));
    }

    public static async Task<IResult> SummariesAsync(ModuleCatalog catalog, MessageStoreReader store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var waiting = await store.WaitingAsync(cancellationToken);
        var deadLetters = await store.DeadLettersAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(catalog.Enabled
            .Select(module => new ModuleOperationsSummary(
                module.Key,
                deadLetters.Where(count => count.Module == module.Key).Sum(count => count.Count),
                ViewsOf(waiting, module.Key, now)))
            .ToList());
    }

    private static List<WaitingView> ViewsOf(IEnumerable<WaitingMessages> waiting, string module, DateTimeOffset now) =>
        waiting.Where(row => row.Module == module)
            .Select(row => new WaitingView(row.Store, row.Count, row.OldestAgeSeconds(now), row.Count > 0 ? row.OldestCreatedAt : null))
            .ToList();
}
