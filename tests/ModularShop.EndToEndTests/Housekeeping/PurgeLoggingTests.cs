using System.Text.Json;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Housekeeping;

/// <summary>A purge that removed something says so in one line (module, rows, duration); a purge with nothing to do says nothing.</summary>
public sealed class PurgeLoggingTests
{
    [Fact]
    public async Task Each_purge_that_removed_records_logs_one_line_and_idle_purges_log_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = HostProcess.Start(database, ["--Logging:Format=json", "--Messaging:ProcessedMessagePurgeInterval=00:00:01"]);
        await host.WaitUntilReadyAsync();
        var old = DateTimeOffset.UtcNow - TimeSpan.FromDays(15);

        HandledMessageRecords.Insert(database, "cart", 3, old);
        await Eventually.Until(() => PurgeLines(host.Output, "Cart").Count, lines => lines > 0, "Cart's purge to be logged");
        HandledMessageRecords.Insert(database, "inventory", 2, old);
        await Eventually.Until(() => PurgeLines(host.Output, "Inventory").Count, lines => lines > 0, "Inventory's purge to be logged");

        var cart = PurgeLines(host.Output, "Cart").ShouldHaveSingleItem("the purges after the first found nothing in Cart, and said nothing");
        cart.GetProperty("Rows").GetInt64().ShouldBe(3);
        cart.TryGetProperty("Duration", out _).ShouldBeTrue();
        PurgeLines(host.Output, "Inventory").ShouldHaveSingleItem().GetProperty("Rows").GetInt64().ShouldBe(2);
        PurgeLines(host.Output, "Catalog").ShouldBeEmpty("Catalog had nothing to purge");
    }

    private static List<JsonElement> PurgeLines(string output, string module) =>
        output.Split('\n')
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(log => log.TryGetProperty("@m", out var message) && message.GetString()!.Contains(" records of messages handled before ", StringComparison.Ordinal)
                && log.TryGetProperty("Module", out var name) && name.GetString() == module)
            .ToList();
}
