using System.Net;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Operations;

/// <summary>An operator narrows the dead letters down by message and time, pages through them, and replays or discards what matches.</summary>
public sealed class DeadLetterFilterTests : IAsyncLifetime
{
    private TestShop _shop = null!;

    public async Task InitializeAsync() => _shop = await OperationsShop.StartAsync();

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task Dead_letters_are_filtered_paged_and_replayed_or_discarded_by_filter()
    {
        using var admin = _shop.Admin();
        var known = await _shop.CreateProductAsync("FINE-GRINDER", "Fine Grinder");
        await _shop.IdleAsync();
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        _shop.CartRefusesProductsNamed("refuse_faulty", "Faulty");
        _shop.Database.RefuseWrites("refuse_price_4242", "cart", "products", "UPDATE OF price_cents", "NEW.price_cents = 4242");
        var faulty = new List<Guid>();
        for (var index = 1; index <= 3; index++)
        {
            faulty.Add(await _shop.CreateProductAsync($"FAULTY-{index}", $"Faulty {index}"));
        }

        (await admin.PutJsonAsync($"/api/catalog/products/{known}/price", new { price = 42.42m })).EnsureSuccessStatusCode();
        await admin.DeadLettersUntilAsync("cart", 4);

        var created = $"?messageType={OperationsShop.ProductCreated}";
        var first = await admin.DeadLettersAsync("cart", created + "&pageSize=2");
        var second = await admin.DeadLettersAsync("cart", created + "&pageSize=2&page=2");
        first.ShouldSatisfyAllConditions(
            page => page.Total.ShouldBe(3),
            page => page.Items.Count.ShouldBe(2),
            page => page.Items.ShouldAllBe(letter => letter.MessageType == OperationsShop.ProductCreated));
        second.Items.Count.ShouldBe(1);
        first.Items.Concat(second.Items).Select(letter => letter.Id).Distinct().Count().ShouldBe(3);
        (await admin.DeadLettersAsync("cart", $"?messageType={OperationsShop.PriceChanged}")).Total.ShouldBe(1);
        (await admin.DeadLettersAsync("cart", $"?from={Uri.EscapeDataString(started.ToString("O"))}")).Total.ShouldBe(4);
        (await admin.DeadLettersAsync("cart", $"?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"))}")).Total.ShouldBe(0);
        (await admin.DeadLettersAsync("cart", $"?to={Uri.EscapeDataString(started.ToString("O"))}")).Total.ShouldBe(0);

        var discarded = await admin.PostAsync($"/api/operations/cart/dead-letters/discard?messageType={OperationsShop.PriceChanged}", null);
        (await discarded.CountAsync()).ShouldBe(1);
        _shop.Database.AllowWrites("refuse_faulty", "cart", "products");
        var replayed = await admin.PostAsync($"/api/operations/cart/dead-letters/replay{created}", null);
        replayed.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await replayed.CountAsync()).ShouldBe(3);

        await Eventually.Until(() => _shop.Database.Count("cart", "products", "name LIKE 'Faulty%'") == 3, "the three replayed products to reach Cart",
            // Over the broker the message store hands replayed messages back to the queue's listener in its own time.
            TimeSpan.FromSeconds(60));
        await _shop.IdleAsync();
        (await admin.DeadLettersAsync("cart")).Total.ShouldBe(0);
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?pageSize=0")]
    [InlineData("?pageSize=101")]
    [InlineData("?page=not-a-number")]
    [InlineData("?from=yesterday")]
    [InlineData("?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z")]
    [InlineData("?messageType=%00")]
    public async Task A_filter_that_makes_no_sense_is_refused_with_a_problem(string query)
    {
        var response = await _shop.Admin().GetAsync($"/api/operations/cart/dead-letters{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Status.ShouldBe(400);
    }
}
