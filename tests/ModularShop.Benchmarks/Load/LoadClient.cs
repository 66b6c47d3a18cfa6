using System.Collections.Concurrent;
using System.Diagnostics;
using HdrHistogram;

namespace ModularShop.Benchmarks.Load;

/// <summary>
/// A closed-loop HTTP load: each of N connections sends a request, reads the whole answer and sends the next, for a
/// fixed time. Latency is recorded per answer in an HDR histogram (microseconds, three significant digits).
/// </summary>
internal sealed class LoadClient(Uri address, IReadOnlyList<int> shopPids)
{
    private const long HighestMicroseconds = 60_000_000;

    /// <param name="request">Makes the n-th request of the step (n counts across all connections).</param>
    public async Task<LoadResult> RunAsync(string name, int connections, TimeSpan duration, TimeSpan warmUp, Func<long, HttpRequestMessage> request)
    {
        var clients = Enumerable.Range(0, connections).Select(_ => NewClient()).ToList();
        try
        {
            await RunOnAsync(clients, warmUp, request);
            var meter = new CpuMeter(shopPids);
            var (histogram, statuses, failures, elapsed) = await RunOnAsync(clients, duration, request);
            var cpu = meter.Read();
            double Milliseconds(double percentile) => histogram.TotalCount == 0 ? 0 : histogram.GetValueAtPercentile(percentile) / 1000.0;
            return new LoadResult(
                name,
                connections,
                histogram.TotalCount,
                failures,
                statuses,
                elapsed,
                Milliseconds(50),
                Milliseconds(99),
                histogram.TotalCount == 0 ? 0 : histogram.GetMaxValue() / 1000.0,
                cpu.Client,
                cpu.Shop,
                cpu.Database);
        }
        finally
        {
            clients.ForEach(client => client.Dispose());
        }
    }

    private HttpClient NewClient() =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };

    private static async Task<(LongHistogram Histogram, IReadOnlyDictionary<int, long> Statuses, long Failures, TimeSpan Elapsed)> RunOnAsync(
        List<HttpClient> clients, TimeSpan duration, Func<long, HttpRequestMessage> request)
    {
        var sequence = -1L;
        var failures = 0L;
        var statuses = new ConcurrentDictionary<int, long>();
        var histograms = clients.Select(_ => new LongHistogram(HighestMicroseconds, 3)).ToList();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select((client, index) => Task.Run(async () =>
        {
            var histogram = histograms[index];
            while (clock.Elapsed < duration)
            {
                using var message = request(Interlocked.Increment(ref sequence));
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var answer = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                    histogram.RecordValue(Math.Min(HighestMicroseconds, (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds));
                    statuses.AddOrUpdate((int)answer.StatusCode, 1, (_, count) => count + 1);
                    if (!answer.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
                catch (TaskCanceledException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        var elapsed = clock.Elapsed;
        var total = new LongHistogram(HighestMicroseconds, 3);
        histograms.ForEach(total.Add);
        return (total, statuses, failures, elapsed);
    }
}
