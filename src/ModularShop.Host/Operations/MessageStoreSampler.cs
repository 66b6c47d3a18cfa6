namespace ModularShop.Host.Operations;

/// <summary>
/// Reads the message store every <see cref="OperationsSettings.SampleInterval"/> and keeps the last sample, so that
/// a metrics scrape never waits on the database. While the store cannot be read, the last sample stays.
/// </summary>
internal sealed partial class MessageStoreSampler(MessageStoreReader reader, OperationsSettings settings, ILogger<MessageStoreSampler> logger) : BackgroundService
{
    private volatile MessageStoreSample _last = MessageStoreSample.Empty;

    public MessageStoreSample Last => _last;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.SampleInterval);
        do
        {
            try
            {
                _last = await reader.SampleAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                CouldNotSample(logger, failure.GetBaseException().Message);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The message store could not be read for the metrics of waiting messages and dead letters; the last sample stays: {Reason}")]
    private static partial void CouldNotSample(ILogger logger, string reason);
}
