using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Housekeeping;

/// <summary>
/// A module must remember a handled message for as long as a copy of it can come back: longer than a dead letter can
/// be replayed, plus the retries and the takeover of a crashed process. A shorter retention stops the shop at start.
/// </summary>
public sealed class RetentionSettingsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData("Messaging:ProcessedMessageRetention", "7.00:00:00", "Messaging:ProcessedMessageRetention is 7.00:00:00; give at least 7.01:")]
    [InlineData("Messaging:DeadLetterRetention", "30.00:00:00", "Messaging:ProcessedMessageRetention is 14.00:00:00; give at least 30.01:")]
    [InlineData("Messaging:StaleNodeTimeout", "4.00:00:00", "Messaging:ProcessedMessageRetention is 14.00:00:00; give at least 15.01:")]
    [InlineData("Messaging:ProcessedMessagePurgeBatchSize", "0", "Messaging:ProcessedMessagePurgeBatchSize: give a number from 1 to 100000.")]
    [InlineData("Messaging:ProcessedMessagePurgeInterval", "00:00:00", "Messaging:ProcessedMessagePurgeInterval: give a time from 00:00:01 to 1.00:00:00.")]
    [InlineData("Messaging:DeadLetterRetention", "00:10:00", "Messaging:DeadLetterRetention: give a time from 01:00:00 to 3650.00:00:00.")]
    public async Task A_retention_that_does_not_outlast_redelivery_or_a_setting_out_of_range_refuses_to_start(string key, string value, string message)
    {
        var refusal = await Should.ThrowAsync<Exception>(() => TestShop.StartAsync(shop =>
        {
            shop.Database = _database;
            shop.Values[key] = value;
        }));

        string.Join(" | ", MessagesOf(refusal)).ShouldContain(message);
        _database.TablesOf("cart").ShouldBe(0, "nothing may be written");
    }

    [Fact]
    public async Task The_host_names_the_setting_and_the_shortest_retention_it_takes()
    {
        await using var host = HostProcess.Start(_database, ["--Messaging:ProcessedMessageRetention=7.00:00:00"]);

        (await host.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(1);
        host.Output.ShouldContain("ModularShop cannot start: Messaging:ProcessedMessageRetention is 7.00:00:00; give at least 7.01:");
        host.Output.ShouldContain("Messaging:DeadLetterRetention (7.00:00:00)");
    }

    private static IEnumerable<string> MessagesOf(Exception exception) =>
        exception is AggregateException aggregate ? aggregate.InnerExceptions.SelectMany(MessagesOf) : [exception.Message];
}
