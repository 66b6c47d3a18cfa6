using ModularShop.BuildingBlocks.Persistence;
using Wolverine;
using Wolverine.EntityFrameworkCore;
using Wolverine.Runtime;

namespace ModularShop.BuildingBlocks.Messaging;

internal sealed class WolverineOutbox<TDbContext>(IDbContextOutbox<TDbContext> outbox) : IOutbox<TDbContext>, IModuleOutbox
    where TDbContext : ModuleDbContext
{
    private (Guid Id, string Module)? _cause;
    private readonly List<Action> _afterCommit = [];
    private int _published;

    public TDbContext Db => outbox.DbContext;

    ModuleDbContext IModuleOutbox.Db => outbox.DbContext;

    public ValueTask PublishAsync<TMessage>(TMessage message) where TMessage : class =>
        outbox.PublishAsync(message, Options<TMessage>());

    public ValueTask ScheduleAsync<TMessage>(TMessage message, TimeSpan delay) where TMessage : class
    {
        var options = Options<TMessage>();
        options.ScheduleDelay = delay;
        return outbox.PublishAsync(message, options);
    }

    public void ContinueFrom(Guid causeId, string module, string? correlationId)
    {
        _cause = (causeId, module);
        if (correlationId is not null && outbox is MessageBus bus)
        {
            bus.CorrelationId = correlationId;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        var committed = _afterCommit.ToList();
        _afterCommit.Clear();
        committed.ForEach(action => action());
    }

    public void AfterCommit(Action committed) => _afterCommit.Add(committed);

    private DeliveryOptions Options<TMessage>()
    {
        var options = new DeliveryOptions();
        _published++;
        if (_cause is var (causeId, module))
        {
            var messageName = MessageNames.Of(typeof(TMessage)) ?? typeof(TMessage).Name;
            options.Headers[DerivedMessageIds.Header] = DerivedMessageIds.For(causeId, module, _published, messageName).ToString();
        }

        return options;
    }
}
