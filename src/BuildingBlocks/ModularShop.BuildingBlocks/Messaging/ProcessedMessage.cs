using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>
/// A message a module has already handled. Written in the same transaction as the handler's changes, it turns
/// at-least-once delivery into exactly one effect per module.
/// </summary>
internal sealed class ProcessedMessage
{
    public const string TableName = "processed_messages";

    public const string MessageIdColumn = "message_id";

    public const string MessageTypeColumn = "message_type";

    public const int MessageTypeLength = 200;

    public const string ProcessedAtColumn = "processed_at";

    public required Guid MessageId { get; init; }

    public required string MessageType { get; init; }

    public required DateTimeOffset ProcessedAt { get; init; }
}

internal sealed class ProcessedMessageConfiguration : IEntityTypeConfiguration<ProcessedMessage>
{
    public void Configure(EntityTypeBuilder<ProcessedMessage> builder)
    {
        builder.ToTable(ProcessedMessage.TableName);
        builder.HasKey(message => message.MessageId);
        builder.Property(message => message.MessageId).HasColumnName(ProcessedMessage.MessageIdColumn);
        builder.Property(message => message.MessageType).HasColumnName(ProcessedMessage.MessageTypeColumn).HasMaxLength(ProcessedMessage.MessageTypeLength);
        builder.Property(message => message.ProcessedAt).HasColumnName(ProcessedMessage.ProcessedAtColumn);
    }
}
