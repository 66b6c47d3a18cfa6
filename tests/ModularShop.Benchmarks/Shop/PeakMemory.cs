namespace ModularShop.Benchmarks.Shop;

/// <summary>The highest resident memory a shop process reached while this lives, read every 100 ms.</summary>
internal sealed class PeakMemory : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private double _peak;

    public PeakMemory(ShopProcess shop) =>
        _ = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                _peak = Math.Max(_peak, shop.ResidentMegabytes);
                await Task.Delay(100).ConfigureAwait(false);
            }
        });

    public double Megabytes => _peak;

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
