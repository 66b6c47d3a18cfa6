using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Housekeeping;

/// <summary>A module's records of handled messages, read and written as both databases take it.</summary>
internal static class HandledMessageRecords
{
    public const string Table = "processed_messages";

    /// <summary>A time as both databases compare it with a stored one: whole seconds at offset zero, as the shop writes them on SQLite.</summary>
    public static string At(DateTimeOffset time) => $"'{time.UtcDateTime:yyyy-MM-dd HH:mm:ss}+00:00'";

    /// <summary>Records, as handled at <paramref name="handledAt"/>, messages that no module ever saw.</summary>
    public static IReadOnlyList<Guid> Insert(TestDatabase database, string module, int count, DateTimeOffset handledAt)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        var rows = ids.Select(id => $"({TestDatabase.Id(id)}, 'housekeeping.probe.v1', {At(handledAt)})");
        using var db = database.Open();

        // One statement, so that a purge sees all of them or none.
        db.Execute($"INSERT INTO {database.Table(module, Table)} (message_id, message_type, processed_at) VALUES {string.Join(", ", rows)}");
        return ids;
    }

    /// <summary>Makes the record of a message look as if it had been handled at <paramref name="handledAt"/>.</summary>
    public static void Age(TestDatabase database, string module, Guid messageId, DateTimeOffset handledAt)
    {
        using var db = database.Open();
        db.Execute($"UPDATE {database.Table(module, Table)} SET processed_at = {At(handledAt)} WHERE message_id = {TestDatabase.Id(messageId)}");
    }

    public static long Count(TestDatabase database, string module, IEnumerable<Guid> messageIds) =>
        database.Count(module, Table, $"message_id IN ({string.Join(", ", messageIds.Select(TestDatabase.Id))})");
}
