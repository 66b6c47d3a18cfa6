using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.Testing;
using Wolverine;
using Wolverine.Persistence.Durability;
using Wolverine.RDBMS;

namespace ModularShop.EndToEndTests.Housekeeping;

/// <summary>
/// A dead letter is stamped, as it is stored, with when it expires: <c>Messaging:DeadLetterRetention</c> later. The
/// message store deletes expired dead letters once an hour.
/// </summary>
public sealed class DeadLetterRetentionTests
{
    private const string ProbeType = "housekeeping.dead-letter-probe.v1";

    [Fact]
    public async Task A_dead_letter_expires_the_dead_letter_retention_after_it_is_stored()
    {
        await using var shop = await TestShop.StartAsync(settings => settings.Values["Messaging:DeadLetterRetention"] = "2.00:00:00");
        var store = shop.Services.GetRequiredService<IMessageStore>();
        var envelope = new Envelope
        {
            Id = Guid.NewGuid(),
            MessageType = ProbeType,
            Destination = new Uri("local://cart"),
            Data = "{}"u8.ToArray(),
            ContentType = "application/json",
        };

        var before = DateTimeOffset.UtcNow;
        await store.Inbox.MoveToDeadLetterStorageAsync(envelope, new InvalidOperationException("the handler failed for good"));
        var after = DateTimeOffset.UtcNow;

        var expires = ExpiryOf(shop);
        expires.ShouldBeGreaterThanOrEqualTo(before.AddDays(2).AddSeconds(-1));
        expires.ShouldBeLessThanOrEqualTo(after.AddDays(2).AddSeconds(1));
    }

    private static DateTimeOffset ExpiryOf(TestShop shop)
    {
        using var db = shop.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT expires FROM {shop.Database.EnvelopeTable(DatabaseConstants.DeadLetterTable)} WHERE message_type = '{ProbeType}'";
        return command.ExecuteScalar() switch
        {
            DateTimeOffset time => time,
            DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
            string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
            var other => throw new InvalidOperationException($"The dead letter has no expiry: {other ?? "no row"}."),
        };
    }
}
