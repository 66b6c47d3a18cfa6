using FluentMigrator;
using ModularShop.BuildingBlocks.Messaging;

namespace ModularShop.BuildingBlocks.Persistence.Migrations;

/// <summary>
/// The purge of handled messages past their retention looks them up by when they were handled; without this index
/// every batch of it would read the whole table. Kernel migrations take small numbers, the modules' take dates, so
/// the two never collide; on a database migrated before this one, it is applied after the modules' own.
/// </summary>
[Migration(2, "Index of the handled integration events by when they were handled")]
internal sealed class IndexProcessedMessagesByTime : ModuleMigration
{
    public override void Up() =>
        CreateIndex(ProcessedMessage.TableName, ProcessedMessage.ProcessedAtColumn).OnColumn(ProcessedMessage.ProcessedAtColumn).Ascending();

    public override void Down() => DeleteIndex(ProcessedMessage.TableName, ProcessedMessage.ProcessedAtColumn);
}
