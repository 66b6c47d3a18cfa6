using ModularShop.BuildingBlocks.Persistence;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>
/// The transactional outbox of one module: integration events published here are stored in the same transaction as
/// the module's changes in <typeparamref name="TDbContext"/>, and sent only once that transaction commits.
/// </summary>
public interface IOutbox<out TDbContext> where TDbContext : ModuleDbContext
{
    TDbContext Db { get; }

    /// <summary>Queues a message; nothing leaves the module until <see cref="CommitAsync"/> succeeds.</summary>
    ValueTask PublishAsync<TMessage>(TMessage message) where TMessage : class;

    /// <summary>Queues a message to be delivered after <paramref name="delay"/>, durably: a restart does not lose it.</summary>
    ValueTask ScheduleAsync<TMessage>(TMessage message, TimeSpan delay) where TMessage : class;

    /// <summary>Saves the module's changes and the queued messages in one transaction, then releases the messages.</summary>
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="committed"/> once <see cref="CommitAsync"/> has committed, and never when it does not: for
    /// what must count only what really happened, such as a module's business metrics.
    /// </summary>
    void AfterCommit(Action committed);
}

/// <summary>The outbox of a module seen without its DbContext type, for the kernel's own use.</summary>
internal interface IModuleOutbox
{
    ModuleDbContext Db { get; }

    /// <summary>
    /// Messages published from here on continue the handled message: they carry its correlation id, and their ids
    /// are derived from its id, so handling it again can only produce the same messages again.
    /// </summary>
    void ContinueFrom(Guid causeId, string module, string? correlationId);

    Task CommitAsync(CancellationToken cancellationToken);
}
