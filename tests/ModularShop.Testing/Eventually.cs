using System.Diagnostics;

namespace ModularShop.Testing;

/// <summary>Waits for an asynchronous outcome by looking at it again and again until a deadline, never by sleeping blindly.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public static async Task<T> Until<T>(Func<Task<T>> observe, Func<T, bool> isDone, string what, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = timeout ?? DefaultTimeout;
        T last;
        while (true)
        {
            last = await observe();
            if (isDone(last))
            {
                return last;
            }

            if (deadline.Elapsed > limit)
            {
                throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for {what}; the last observation was: {last}");
            }

            await Task.Delay(50);
        }
    }

    public static Task Until(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        Until(condition, done => done, what, timeout);

    public static Task<T> Until<T>(Func<T> observe, Func<T, bool> isDone, string what, TimeSpan? timeout = null) =>
        Until(() => Task.FromResult(observe()), isDone, what, timeout);

    public static Task Until(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        Until(condition, done => done, what, timeout);
}
