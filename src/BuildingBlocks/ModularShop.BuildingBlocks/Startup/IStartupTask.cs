namespace ModularShop.BuildingBlocks.Startup;

/// <summary>
/// Work a module does once the host has started and the message bus is running, such as seeding demo data through
/// the outbox. Tasks run one after another; the host reports ready only when all have finished.
/// </summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
