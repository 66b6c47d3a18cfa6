using ModularShop.BuildingBlocks.Telemetry;
using ModularShop.Modules.Cart;
using ModularShop.Modules.Catalog.Contracts;
using ModularShop.Testing;
using ModularShop.Testing.Telemetry;

namespace ModularShop.EndToEndTests.Housekeeping;

/// <summary>
/// Each module forgets the messages it handled once they are older than <c>Messaging:ProcessedMessageRetention</c>
/// (14 days by default), and remembers the younger ones, so that a copy arriving inside the retention has no effect.
/// </summary>
public sealed class ProcessedMessagePurgeTests
{
    private const string Purged = "modularshop.processed_messages.purged";
    private const string Rows = "modularshop.processed_messages.rows";
    private static (string, string) Module(string name) => (ShopTelemetry.ModuleAttribute, name);

    private static readonly TimeSpan Retention = TimeSpan.FromDays(14);

    [Fact]
    public async Task Records_past_the_retention_are_purged_in_every_module_and_those_inside_it_stay()
    {
        await using var shop = await StartAsync();
        using var measurements = new ShopMeasurements(shop);
        var now = DateTimeOffset.UtcNow;
        var oldInCart = HandledMessageRecords.Insert(shop.Database, "cart", 3, now - Retention - TimeSpan.FromDays(1));
        var oldInInventory = HandledMessageRecords.Insert(shop.Database, "inventory", 2, now - Retention - TimeSpan.FromMinutes(5));
        var youngInCart = HandledMessageRecords.Insert(shop.Database, "cart", 2, now - Retention + TimeSpan.FromHours(1));

        await Eventually.Until(
            () => HandledMessageRecords.Count(shop.Database, "cart", oldInCart) + HandledMessageRecords.Count(shop.Database, "inventory", oldInInventory),
            left => left == 0,
            "the records past the retention to be purged");

        HandledMessageRecords.Count(shop.Database, "cart", youngInCart).ShouldBe(2, "records inside the retention stay");
        await Eventually.Until(() => measurements.Total(Purged, Module("Cart")), sum => sum == 3, "Cart's purged records to be counted");
        await Eventually.Until(() => measurements.Total(Purged, Module("Inventory")), sum => sum == 2, "Inventory's purged records to be counted");
        await Eventually.Until(() => measurements.Observe(Rows, Module("Cart")), rows => rows == 2, "Cart's records kept to be reported");
        measurements.Observe(Rows, Module("Inventory")).ShouldBe(0);
    }

    [Fact]
    public async Task A_purge_deletes_in_batches_no_larger_than_the_batch_size()
    {
        await using var shop = await StartAsync(("Messaging:ProcessedMessagePurgeBatchSize", "2"), ("Messaging:ProcessedMessagePurgePause", "00:00:00.050"));
        using var measurements = new ShopMeasurements(shop);
        var old = HandledMessageRecords.Insert(shop.Database, "cart", 7, DateTimeOffset.UtcNow - Retention - TimeSpan.FromHours(2));

        await Eventually.Until(() => HandledMessageRecords.Count(shop.Database, "cart", old), left => left == 0, "the records past the retention to be purged");

        await Eventually.Until(() => measurements.Total(Purged, Module("Cart")), sum => sum == 7, "Cart's purged records to be counted");
        var batches = measurements.Values(Purged, Module("Cart"));
        batches.ShouldAllBe(rows => rows <= 2, $"each delete removes at most the batch size: {string.Join(", ", batches)}");
        batches.Count.ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public async Task A_copy_delivered_inside_the_retention_is_recognised_and_one_past_it_is_handled_again()
    {
        await using var shop = await StartAsync();
        var now = DateTimeOffset.UtcNow;
        var remembered = Guid.NewGuid();
        var forgotten = Guid.NewGuid();
        var rememberedMessage = Created("HOUSEKEEPING-REMEMBERED");
        var forgottenMessage = Created("HOUSEKEEPING-FORGOTTEN");
        await shop.InboxOf<CartModule>().DeliverAsync(rememberedMessage, remembered);
        await shop.InboxOf<CartModule>().DeliverAsync(forgottenMessage, forgotten);
        var insideRetention = now - Retention + TimeSpan.FromHours(1);
        HandledMessageRecords.Age(shop.Database, "cart", remembered, insideRetention);
        HandledMessageRecords.Age(shop.Database, "cart", forgotten, now - Retention - TimeSpan.FromHours(1));
        await Eventually.Until(() => HandledMessageRecords.Count(shop.Database, "cart", [forgotten]), left => left == 0, "the record past the retention to be purged");

        await shop.InboxOf<CartModule>().DeliverAsync(rememberedMessage, remembered);
        await shop.InboxOf<CartModule>().DeliverAsync(forgottenMessage, forgotten);

        shop.Database.Count("cart", HandledMessageRecords.Table, $"message_id = {TestDatabase.Id(remembered)} AND processed_at = {HandledMessageRecords.At(insideRetention)}")
            .ShouldBe(1, "the copy inside the retention was skipped: the record of the first delivery is untouched");
        shop.Database.Count("cart", HandledMessageRecords.Table, $"message_id = {TestDatabase.Id(forgotten)} AND processed_at > {HandledMessageRecords.At(now - TimeSpan.FromMinutes(5))}")
            .ShouldBe(1, "the copy past the retention was handled again and recorded anew");
        shop.Database.Count("cart", "products", "sku LIKE 'HOUSEKEEPING-%'").ShouldBe(2);
    }

    private static Task<TestShop> StartAsync(params (string Key, string Value)[] settings) =>
        TestShop.StartAsync(shop =>
        {
            shop.Values["Messaging:ProcessedMessagePurgeInterval"] = "00:00:01";
            foreach (var (key, value) in settings)
            {
                shop.Values[key] = value;
            }
        });

    private static ProductCreated Created(string sku) =>
        new(Guid.NewGuid(), sku, sku, "", 5m, "EUR", 1, DateTimeOffset.UtcNow);
}
