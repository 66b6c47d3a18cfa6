using ModularShop.BuildingBlocks.Persistence;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>
/// The transactional outbox of one module: integration events published here are stored in the same transaction as
/// the module's changes in <typeparamref name="TDbContext"/>, and sent only once that transaction commits.
/// </summary>
public interface IOutbox<out TDbContext> where TDbContext : ModuleDbContext
{
    TDbContext Db { get; }

    /// <summary>Queues an integration event; nothing leaves the module until <see cref="CommitAsync"/> succeeds.</summary>
    ValueTask PublishAsync<TEvent>(TEvent message) where TEvent : class;

    /// <summary>Saves the module's changes and the queued events in one transaction, then releases the events.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}

/// <summary>The outbox of a module seen without its DbContext type, for the kernel's own use.</summary>
internal interface IModuleOutbox
{
    ModuleDbContext Db { get; }

    /// <summary>Messages published from here on carry the correlation id of the message being handled.</summary>
    void ContinueCorrelation(string? correlationId);

    Task CommitAsync(CancellationToken cancellationToken);
}
