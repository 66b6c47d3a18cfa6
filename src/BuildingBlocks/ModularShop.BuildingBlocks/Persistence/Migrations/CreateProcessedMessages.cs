using FluentMigrator;
using ModularShop.BuildingBlocks.Messaging;

namespace ModularShop.BuildingBlocks.Persistence.Migrations;

/// <summary>Every module with a database gets the table that makes its event handling idempotent.</summary>
[Migration(1, "Record of the integration events this module has handled")]
internal sealed class CreateProcessedMessages : ModuleMigration
{
    public override void Up() =>
        CreateTable(ProcessedMessage.TableName)
            .WithColumn(ProcessedMessage.MessageIdColumn).AsGuid().NotNullable().PrimaryKey()
            .WithColumn(ProcessedMessage.MessageTypeColumn).AsString(ProcessedMessage.MessageTypeLength).NotNullable()
            .WithColumn(ProcessedMessage.ProcessedAtColumn).AsTimestamp(Layout).NotNullable();

    public override void Down() => DeleteTable(ProcessedMessage.TableName);
}
