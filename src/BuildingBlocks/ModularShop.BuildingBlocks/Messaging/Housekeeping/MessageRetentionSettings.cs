using System.ComponentModel.DataAnnotations;

namespace ModularShop.BuildingBlocks.Messaging.Housekeeping;

/// <summary>
/// How long the shop remembers the messages each module has handled and keeps its dead letters, and how it forgets
/// the handled ones: keys of the <c>Messaging</c> section, read at start by <see cref="MessagingSettings.From"/>,
/// which also checks that the first outlasts the second.
/// </summary>
public sealed class MessageRetentionSettings
{
    /// <summary>How long a module keeps the record that it handled a message; a copy arriving later is handled again.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00", ErrorMessage = "give a time from 01:00:00 to 3650.00:00:00.")]
    public TimeSpan ProcessedMessageRetention { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How long a dead letter can be replayed before the message store deletes it.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00", ErrorMessage = "give a time from 01:00:00 to 3650.00:00:00.")]
    public TimeSpan DeadLetterRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often each module's records past their retention are purged; the first purge comes one interval after start.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "give a time from 00:00:01 to 1.00:00:00.")]
    public TimeSpan ProcessedMessagePurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The most records one delete removes, so that no purge holds its locks for long.</summary>
    [Range(1, 100_000, ErrorMessage = "give a number from 1 to 100000.")]
    public int ProcessedMessagePurgeBatchSize { get; set; } = 1000;

    /// <summary>The pause between two deletes of one purge, in which the module's handlers write undisturbed.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "give a time from 00:00:00 to 00:01:00.")]
    public TimeSpan ProcessedMessagePurgePause { get; set; } = TimeSpan.FromMilliseconds(200);
}
