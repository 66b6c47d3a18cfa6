using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using ModularShop.BuildingBlocks.Persistence;

namespace ModularShop.BuildingBlocks.Messaging.Housekeeping;

/// <summary>A module's handled-message records, as the purge reads and deletes them on the module's own connection.</summary>
internal static class ProcessedMessageRecords
{
    /// <summary>Deletes at most <paramref name="batchSize"/> records of messages handled before <paramref name="cutoff"/>; answers how many.</summary>
    public static Task<int> DeleteHandledBeforeAsync(this ModuleDbContext db, DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(ProcessedMessage))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var id = sql.DelimitIdentifier(ProcessedMessage.MessageIdColumn);
        var processedAt = sql.DelimitIdentifier(ProcessedMessage.ProcessedAtColumn);

        // Neither SQLite nor PostgreSQL has DELETE ... LIMIT; both take a bounded subquery. SQLite keeps the time as
        // ISO 8601 text, always at offset zero, so there the text comparison is the time comparison.
        var delete = $"DELETE FROM {table} WHERE {id} IN (SELECT {id} FROM {table} WHERE {processedAt} < {{0}} LIMIT {{1}})";
        return db.Database.ExecuteSqlRawAsync(delete, [cutoff, batchSize], cancellationToken);
    }

    public static Task<long> CountAsync(this ModuleDbContext db, CancellationToken cancellationToken) =>
        db.ProcessedMessages.LongCountAsync(cancellationToken);
}
