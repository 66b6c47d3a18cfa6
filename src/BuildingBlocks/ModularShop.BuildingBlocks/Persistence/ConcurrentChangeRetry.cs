using Microsoft.EntityFrameworkCore;

namespace ModularShop.BuildingBlocks.Persistence;

/// <summary>
/// The kernel's one retry for a write that a concurrent writer got to first (a stale version or a duplicate insert):
/// up to <paramref name="Attempts"/> attempts, each retry after a random pause that grows with the attempt.
/// </summary>
internal sealed record ConcurrentChangeRetry(int Attempts, int MinimumPauseMilliseconds, int MaximumPauseMilliseconds)
{
    public static bool IsConcurrentChange(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException || exception.IsUniqueViolation();

    /// <summary>Runs <paramref name="attempt"/>; before each retry, <paramref name="onConflict"/> is told the number of the attempt that failed.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> attempt, Action<int> onConflict, CancellationToken cancellationToken)
    {
        for (var attemptNumber = 1; ; attemptNumber++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateException exception) when (attemptNumber < Attempts && IsConcurrentChange(exception))
            {
                onConflict(attemptNumber);

                // Writers that collided once would collide again if they all came back at once: spread them out.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(MinimumPauseMilliseconds, MaximumPauseMilliseconds) * attemptNumber), cancellationToken);
            }
        }
    }

    public Task RunAsync(Func<Task> attempt, Action<int> onConflict, CancellationToken cancellationToken) =>
        RunAsync(
            async () =>
            {
                await attempt();
                return true;
            },
            onConflict,
            cancellationToken);
}
