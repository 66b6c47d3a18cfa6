using System.Data.Common;
using JasperFx.Core;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using Wolverine;
using Wolverine.Persistence.Durability;
using Wolverine.RDBMS;

namespace ModularShop.Host.Operations;

/// <summary>
/// Reads what waits in this process's message store, per module that runs here. Wolverine counts dead letters per
/// queue and message; it has no count of waiting messages per queue, so that is read with SQL of our own, on the
/// store's connection (on PostgreSQL the role that owns the store, not a module's role).
/// </summary>
internal sealed class MessageStoreReader(IMessageStore store, IModuleDatabase database, ModuleCatalog catalog, MessagingSettings messaging, TimeProvider clock)
{
    private readonly IMessageDatabase _store = store as IMessageDatabase
        ?? throw new InvalidOperationException("The operations API reads a relational message store; this one is " + store.GetType().Name + ".");

    public async Task<MessageStoreSample> SampleAsync(CancellationToken cancellationToken)
    {
        var waiting = await WaitingAsync(cancellationToken);
        var deadLetters = await DeadLettersAsync(cancellationToken);
        return new MessageStoreSample(waiting, deadLetters, clock.GetUtcNow());
    }

    /// <summary>A row per module that runs here and per store, with zero where nothing waits.</summary>
    public async Task<IReadOnlyList<WaitingMessages>> WaitingAsync(CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string Module, string Store), (long Count, string? OldestId)>();
        await using var connection = await _store.DataSource.OpenConnectionAsync(cancellationToken);

        // The smallest id is the oldest message: ids are version 7, and their text sorts as their time does.
        var oldestId = database.Provider == DatabaseProvider.PostgreSql ? "min(id::text)" : "min(lower(id))";
        var incoming = $"""
            SELECT {DatabaseConstants.ReceivedAt}, {DatabaseConstants.Status}, count(*), {oldestId}
            FROM {_store.TableNameFor(DatabaseConstants.IncomingTable)}
            WHERE {DatabaseConstants.Status} IN ('{EnvelopeStatus.Incoming}', '{EnvelopeStatus.Scheduled}')
            GROUP BY {DatabaseConstants.ReceivedAt}, {DatabaseConstants.Status}
            """;
        await foreach (var (receivedAt, status, count, oldest) in RowsAsync(connection, incoming, cancellationToken))
        {
            if (catalog.ListeningAt(receivedAt, messaging.Transport) is { } module)
            {
                Add(found, (module.Key, status == nameof(EnvelopeStatus.Scheduled) ? MessageStoreKind.Scheduled : MessageStoreKind.Inbox), count, oldest);
            }
        }

        var outgoing = $"""
            SELECT {DatabaseConstants.MessageType}, '', count(*), {oldestId}
            FROM {_store.TableNameFor(DatabaseConstants.OutgoingTable)}
            GROUP BY {DatabaseConstants.MessageType}
            """;
        await foreach (var (messageType, _, count, oldest) in RowsAsync(connection, outgoing, cancellationToken))
        {
            if (catalog.OwnerOfMessage(messageType) is { } module)
            {
                Add(found, (module.Key, MessageStoreKind.Outbox), count, oldest);
            }
        }

        return catalog.Enabled
            .SelectMany(module => MessageStoreKind.All.Select(kind =>
                found.TryGetValue((module.Key, kind), out var waiting)
                    ? new WaitingMessages(module.Key, kind, waiting.Count, CreatedAt(waiting.OldestId))
                    : new WaitingMessages(module.Key, kind, 0, null)))
            .ToList();
    }

    /// <summary>Dead letters per module that runs here and per message, archived ones left out.</summary>
    public async Task<IReadOnlyList<DeadLetterCount>> DeadLettersAsync(CancellationToken cancellationToken)
    {
        var counts = await _store.DeadLetters.SummarizeAllAsync(catalog.ServiceName, TimeRange.AllTime(), cancellationToken);
        return counts
            .Select(count => (Module: catalog.ListeningAt(count.ReceivedAt.ToString(), messaging.Transport), count.MessageType, count.Count))
            .Where(count => count.Module is not null && catalog.Enabled.Contains(count.Module))
            .GroupBy(count => (count.Module!.Key, count.MessageType))
            .Select(group => new DeadLetterCount(group.Key.Key, group.Key.MessageType, group.Sum(count => (long)count.Count)))
            .ToList();
    }

    private static void Add(Dictionary<(string, string), (long Count, string? OldestId)> found, (string, string) key, long count, string? oldestId)
    {
        var (sum, oldest) = found.GetValueOrDefault(key);
        found[key] = (sum + count, oldest is null || (oldestId is not null && string.CompareOrdinal(oldestId, oldest) < 0) ? oldestId : oldest);
    }

    private static DateTimeOffset? CreatedAt(string? id) =>
        Guid.TryParse(id, out var parsed) ? EnvelopeIds.CreatedAt(parsed) : null;

    private static async IAsyncEnumerable<(string? Key, string? Status, long Count, string? OldestId)> RowsAsync(
        DbConnection connection, string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return (
                reader.IsDBNull(0) ? null : reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture),
                reader.IsDBNull(3) ? null : reader.GetString(3));
        }
    }
}
