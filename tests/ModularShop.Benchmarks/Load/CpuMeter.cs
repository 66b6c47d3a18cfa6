using System.Diagnostics;
using ModularShop.Benchmarks.Shop;

namespace ModularShop.Benchmarks.Load;

/// <summary>The CPU the benchmark itself, the shop's processes and PostgreSQL used between two readings, in cores.</summary>
internal sealed class CpuMeter
{
    private readonly IReadOnlyList<int> _shopPids;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _client;
    private readonly TimeSpan _shop;
    private readonly TimeSpan _database;

    public CpuMeter(IReadOnlyList<int> shopPids)
    {
        _shopPids = shopPids;
        _client = Process.GetCurrentProcess().TotalProcessorTime;
        _shop = ShopCpu();
        _database = ProcessStats.PostgresCpuTime();
    }

    public (double Client, double Shop, double Database) Read()
    {
        var seconds = _clock.Elapsed.TotalSeconds;
        return (
            (Process.GetCurrentProcess().TotalProcessorTime - _client).TotalSeconds / seconds,
            (ShopCpu() - _shop).TotalSeconds / seconds,
            (ProcessStats.PostgresCpuTime() - _database).TotalSeconds / seconds);
    }

    private TimeSpan ShopCpu() => _shopPids.Aggregate(TimeSpan.Zero, (sum, pid) => sum + ProcessStats.CpuTime(pid));
}
