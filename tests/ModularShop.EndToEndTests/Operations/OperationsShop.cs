using System.Net.Http.Json;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Operations;

/// <summary>A shop whose failing messages become dead letters within seconds, and whose store is sampled often, with the calls an operator makes.</summary>
internal static class OperationsShop
{
    public const string ProductCreated = "catalog.product-created.v1";
    public const string PriceChanged = "catalog.product-price-changed.v1";

    public static Task<TestShop> StartAsync() => TestShop.StartAsync(settings =>
    {
        settings.Values["Messaging:RetryDelays"] = "00:00:00.100";
        settings.Values["Operations:SampleInterval"] = "00:00:00.200";
    });

    /// <summary>Makes Cart's handler fail for every product whose name starts with <paramref name="namePrefix"/>, as a broken disk or constraint would.</summary>
    public static void CartRefusesProductsNamed(this TestShop shop, string trigger, string namePrefix) =>
        shop.Database.RefuseWrites(trigger, "cart", "products", "INSERT", $"NEW.name LIKE '{namePrefix}%'");

    public static async Task<Guid> CreateProductAsync(this TestShop shop, string sku, string name, decimal price = 9.90m)
    {
        var response = await shop.Admin().PostJsonAsync("/api/catalog/products", new { sku, name, price });
        response.EnsureSuccessStatusCode();
        return (await response.ReadAsync<ProductBody>()).Id;
    }

    public static async Task<DeadLetterPageBody> DeadLettersAsync(this HttpClient admin, string module, string query = "")
    {
        var response = await admin.GetAsync($"/api/operations/{module}/dead-letters{query}");
        response.EnsureSuccessStatusCode();
        return await response.ReadAsync<DeadLetterPageBody>();
    }

    public static Task<DeadLetterPageBody> DeadLettersUntilAsync(this HttpClient admin, string module, int count, string query = "") =>
        Eventually.Until(() => admin.DeadLettersAsync(module, query), page => page.Total == count, $"{count} dead letters in {module}{query}", TimeSpan.FromSeconds(60));

    public static async Task<WaitingStoreBody> WaitingAsync(this HttpClient admin, string module, string store)
    {
        var waiting = await (await admin.GetAsync($"/api/operations/{module}/waiting")).ReadAsync<ModuleWaitingBody>();
        return waiting.Stores.Single(row => row.Store == store);
    }

    public static async Task<int> CountAsync(this HttpResponseMessage response) =>
        (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<AffectedBody>(HttpJson.Options))!.Count;
}

internal sealed record DeadLetterPageBody(List<DeadLetterBody> Items, int Page, int PageSize, int Total);

internal sealed record DeadLetterBody(
    Guid Id, string Module, string MessageType, string ExceptionType, string ExceptionMessage, int Attempts,
    DateTimeOffset? FailedAt, DateTimeOffset SentAt, string Source, string Queue, int ReplayCount);

internal sealed record DeadLetterDetailBody(DeadLetterBody DeadLetter, System.Text.Json.JsonElement? Body, string? BodyBase64);

internal sealed record AffectedBody(int Count);

internal sealed record ModuleWaitingBody(string Module, List<WaitingStoreBody> Stores);

internal sealed record WaitingStoreBody(string Store, long Count, double OldestAgeSeconds);

internal sealed record ModuleSummaryBody(string Module, long DeadLetters, List<WaitingStoreBody> Waiting);

internal sealed record ModulePlacementsBody(string Service, List<ModulePlacementBody> Modules);

internal sealed record ModulePlacementBody(string Name, string Key, string Runs, List<ModuleInstanceBody>? Instances, int? InstancesTakingCalls);

internal sealed record ModuleInstanceBody(string Address, string Health);
