using Microsoft.EntityFrameworkCore;

namespace ModularShop.BuildingBlocks.Persistence;

public static class OptimisticConcurrency
{
    /// <summary>
    /// Runs a read-modify-write against <paramref name="db"/> and, when a concurrent writer got there first
    /// (a stale version or a duplicate insert), forgets what it read and tries again with fresh data.
    /// </summary>
    public static Task<T> RetryAsync<T>(DbContext db, Func<Task<T>> attempt, int attempts = 10) =>
        new ConcurrentChangeRetry(attempts, MinimumPauseMilliseconds: 2, MaximumPauseMilliseconds: 15)
            .RunAsync(attempt, _ => db.ChangeTracker.Clear(), CancellationToken.None);
}
