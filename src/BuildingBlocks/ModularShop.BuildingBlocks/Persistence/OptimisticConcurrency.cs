using Microsoft.EntityFrameworkCore;

namespace ModularShop.BuildingBlocks.Persistence;

public static class OptimisticConcurrency
{
    /// <summary>
    /// Runs a read-modify-write against <paramref name="db"/> and, when a concurrent writer got there first
    /// (a stale version or a duplicate insert), forgets what it read and tries again with fresh data.
    /// </summary>
    public static async Task<T> RetryAsync<T>(DbContext db, Func<Task<T>> attempt, int attempts = 10)
    {
        for (var attemptNumber = 1; ; attemptNumber++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateException exception) when (attemptNumber < attempts && (exception is DbUpdateConcurrencyException || exception.IsUniqueViolation()))
            {
                db.ChangeTracker.Clear();

                // Writers that collided once would collide again if they all came back at once: spread them out.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2, 15) * attemptNumber));
            }
        }
    }
}
