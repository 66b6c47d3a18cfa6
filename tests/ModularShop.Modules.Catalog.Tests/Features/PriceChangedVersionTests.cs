using ModularShop.BuildingBlocks.Configuration;
using ModularShop.Modules.Catalog.Contracts;
using ModularShop.Testing;
using ModularShop.Testing.Telemetry;

namespace ModularShop.Modules.Catalog.Tests.Features;

/// <summary>
/// Modules:Catalog:PriceChangedVersion says which version of the price change Catalog publishes: v1 until every
/// consumer handles v2, then v2. It is read at each change, so an operator switches it in the settings file.
/// </summary>
public sealed class PriceChangedVersionTests
{
    private const string Setting = "Modules:Catalog:PriceChangedVersion";

    [Fact]
    public async Task With_version_2_the_change_is_announced_as_money_in_force_from_the_change_and_no_v1_is_published()
    {
        await using var shop = await TestShop.StartAsync(settings => settings.Values[Setting] = "2");
        var product = await CreateAsync(shop, "PRICE-AS-MONEY", 20.00m);

        var changed = await ChangeAsync(shop, product.Id, 17.50m);

        var change = (await PublishedV2Async(shop, product.Id)).ShouldHaveSingleItem();
        change.ShouldSatisfyAllConditions(
            e => e.OldPrice.ShouldBe(new Money(20.00m, "EUR")),
            e => e.Price.ShouldBe(new Money(17.50m, "EUR")),
            e => e.ValidFrom.ShouldBe(e.OccurredAt),
            e => e.Version.ShouldBe(2));
        changed.Price.ShouldBe(17.50m);
        (await shop.PublishedAsync<ProductPriceChanged>()).ShouldNotContain(e => e.ProductId == product.Id);
    }

    [Fact]
    public async Task A_version_catalog_cannot_publish_refuses_to_start_naming_the_setting_and_the_versions()
    {
        var refusal = await Should.ThrowAsync<Exception>(() => TestShop.StartAsync(settings => settings.Values[Setting] = "3"));

        refusal.ToString().ShouldContain($"{Setting}: must be 1 ({ProductPriceChanged.MessageName}) or 2 ({ProductPriceChangedV2.MessageName})");
    }

    [Fact]
    public async Task Switching_to_version_2_while_running_takes_effect_and_a_switch_to_3_is_refused()
    {
        using var file = new TestSettingsFile(VersionSetting(1));
        await using var shop = await TestShop.StartAsync(settings => settings.Values["SettingsFile"] = file.Path);
        using var changes = new ShopMeasurements(shop);
        var product = await CreateAsync(shop, "PRICE-SWITCHED", 10.00m);
        await ChangeAsync(shop, product.Id, 11.00m);

        file.Write(VersionSetting(2));
        await UntilCountedAsync(changes, SettingsChanges.Applied);
        await ChangeAsync(shop, product.Id, 12.00m);
        file.Write(VersionSetting(3));
        await UntilCountedAsync(changes, SettingsChanges.Refused);
        await ChangeAsync(shop, product.Id, 13.00m);

        (await shop.PublishedAsync<ProductPriceChanged>()).Where(e => e.ProductId == product.Id).Select(e => e.Price).ShouldBe([11.00m]);
        (await PublishedV2Async(shop, product.Id)).Select(e => e.Price.Amount).ShouldBe([12.00m, 13.00m], ignoreOrder: true);
    }

    private static object VersionSetting(int version) => new { Modules = new { Catalog = new { PriceChangedVersion = version } } };

    private static Task UntilCountedAsync(ShopMeasurements changes, string outcome) =>
        Eventually.Until(
            () => changes.Total(SettingsChanges.Instrument, (SettingsChanges.SettingsAttribute, "Modules:Catalog"), (SettingsChanges.OutcomeAttribute, outcome)) >= 1,
            $"a change of Modules:Catalog to be {outcome}");

    private static async Task<List<ProductPriceChangedV2>> PublishedV2Async(TestShop shop, Guid productId) =>
        (await shop.PublishedAsync<ProductPriceChangedV2>()).Where(e => e.ProductId == productId).ToList();

    private static async Task<ProductBody> CreateAsync(TestShop shop, string sku, decimal price)
    {
        using var admin = shop.Admin();
        return await (await admin.PostJsonAsync("/api/catalog/products", new { sku, name = sku, price })).ReadAsync<ProductBody>();
    }

    private static async Task<ProductBody> ChangeAsync(TestShop shop, Guid productId, decimal price)
    {
        using var admin = shop.Admin();
        var response = await admin.PutJsonAsync($"/api/catalog/products/{productId}/price", new { price });
        response.EnsureSuccessStatusCode();
        return await response.ReadAsync<ProductBody>();
    }
}
