using ModularShop.BuildingBlocks.Errors;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Modules;
using Wolverine.Persistence.Durability;
using Wolverine.Persistence.Durability.DeadLetterManagement;

namespace ModularShop.Host.Operations;

/// <summary>
/// A module's dead letters, through Wolverine's own dead letter API, narrowed to those the module's queue received.
/// Copies of one event sent to several modules share an id, so a dead letter is named by its module and its id.
/// A replay only marks the dead letter: within about a second Wolverine's durability agent moves it back into the
/// module's inbox, where the module's consumer handles it as any message (once, however often it arrives).
/// </summary>
internal sealed class ModuleDeadLetters(IMessageStore store, MessagingSettings messaging)
{
    public async Task<DeadLetterPage> ListAsync(ModuleDescriptor module, DeadLetterFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = filter.QueryAt(ListenerOf(module));
        query.PageNumber = page;
        query.PageSize = pageSize;
        var results = await store.DeadLetters.QueryAsync(query, cancellationToken);
        return new DeadLetterPage(results.Envelopes.Select(letter => DeadLetterSummary.Of(letter, module.Key)).ToList(), page, pageSize, results.TotalCount);
    }

    public async Task<DeadLetterDetail> GetAsync(ModuleDescriptor module, Guid id, CancellationToken cancellationToken)
    {
        var results = await store.DeadLetters.QueryAsync(OnlyThis(module, id), cancellationToken);
        return results.Envelopes.FirstOrDefault() is { } letter
            ? DeadLetterDetail.Of(letter, module.Key)
            : throw new NotFoundException("Dead letter", id);
    }

    public async Task ReplayAsync(ModuleDescriptor module, Guid id, CancellationToken cancellationToken)
    {
        var query = OnlyThis(module, id);
        query.Replayable = false;
        if (await AffectedAsync(store.DeadLetters.ReplayMatchingAsync(query, cancellationToken)) == 0)
        {
            throw new NotFoundException("Dead letter", id);
        }
    }

    /// <summary>Marks every matching dead letter for replay, but those already marked: answers how many it marked.</summary>
    public Task<int> ReplayAsync(ModuleDescriptor module, DeadLetterFilter filter, CancellationToken cancellationToken)
    {
        var query = filter.QueryAt(ListenerOf(module));
        query.Replayable = false;
        return AffectedAsync(store.DeadLetters.ReplayMatchingAsync(query, cancellationToken));
    }

    public async Task DiscardAsync(ModuleDescriptor module, Guid id, CancellationToken cancellationToken)
    {
        if (await AffectedAsync(store.DeadLetters.DiscardMatchingAsync(OnlyThis(module, id), cancellationToken)) == 0)
        {
            throw new NotFoundException("Dead letter", id);
        }
    }

    public Task<int> DiscardAsync(ModuleDescriptor module, DeadLetterFilter filter, CancellationToken cancellationToken) =>
        AffectedAsync(store.DeadLetters.DiscardMatchingAsync(filter.QueryAt(ListenerOf(module)), cancellationToken));

    private DeadLetterEnvelopeQuery OnlyThis(ModuleDescriptor module, Guid id) => new([id])
    {
        ReceivedAt = ListenerOf(module),
    };

    private string ListenerOf(ModuleDescriptor module) => MessageOwnership.ListenerOf(module, messaging.Transport);

    // The relational stores report the rows they changed (DeadLetterCapabilities.OperationCounts).
    private static async Task<int> AffectedAsync(Task<DeadLetterOperationResult> operation) =>
        (await operation).Affected ?? throw new InvalidOperationException("The message store did not say how many dead letters it changed.");
}
