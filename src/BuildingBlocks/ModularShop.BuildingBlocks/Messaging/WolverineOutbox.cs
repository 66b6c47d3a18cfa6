using ModularShop.BuildingBlocks.Persistence;
using Wolverine.EntityFrameworkCore;
using Wolverine.Runtime;

namespace ModularShop.BuildingBlocks.Messaging;

internal sealed class WolverineOutbox<TDbContext>(IDbContextOutbox<TDbContext> outbox) : IOutbox<TDbContext>, IModuleOutbox
    where TDbContext : ModuleDbContext
{
    public TDbContext Db => outbox.DbContext;

    ModuleDbContext IModuleOutbox.Db => outbox.DbContext;

    public ValueTask PublishAsync<TEvent>(TEvent message) where TEvent : class => outbox.PublishAsync(message);

    public void ContinueCorrelation(string? correlationId)
    {
        if (correlationId is not null && outbox is MessageBus bus)
        {
            bus.CorrelationId = correlationId;
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
}
