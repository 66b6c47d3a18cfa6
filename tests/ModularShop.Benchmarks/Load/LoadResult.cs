namespace ModularShop.Benchmarks.Load;

/// <summary>
/// What one load step measured: answers per second and their latency as the client saw it, the answers that were
/// not 2xx, and the CPU that the client, the shop and the database used meanwhile (in cores: 1.0 is one core busy).
/// </summary>
internal sealed record LoadResult(
    string Name,
    int Connections,
    long Requests,
    long Failures,
    IReadOnlyDictionary<int, long> StatusCodes,
    TimeSpan Duration,
    double P50Milliseconds,
    double P99Milliseconds,
    double MaxMilliseconds,
    double ClientCores,
    double ShopCores,
    double DatabaseCores)
{
    public double PerSecond => Requests / Duration.TotalSeconds;
}
