using System.Net;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Operations;

/// <summary>A message whose handler keeps failing waits as a dead letter until an operator replays or discards it.</summary>
public sealed class DeadLetterReplayTests : IAsyncLifetime
{
    private TestShop _shop = null!;

    public async Task InitializeAsync() => _shop = await OperationsShop.StartAsync();

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task A_message_that_failed_is_shown_and_once_replayed_is_handled_exactly_once()
    {
        _shop.CartRefusesProductsNamed("refuse_broken", "Broken");
        var productId = await _shop.CreateProductAsync("BROKEN-KETTLE", "Broken Kettle");
        using var admin = _shop.Admin();

        var listed = (await admin.DeadLettersUntilAsync("cart", 1)).Items.ShouldHaveSingleItem();
        listed.ShouldSatisfyAllConditions(
            letter => letter.Module.ShouldBe("cart"),
            letter => letter.MessageType.ShouldBe(OperationsShop.ProductCreated),
            letter => letter.ExceptionType.ShouldBe("Microsoft.EntityFrameworkCore.DbUpdateException"),
            letter => letter.ExceptionMessage.ShouldNotBeNullOrWhiteSpace(),
            letter => letter.Attempts.ShouldBeGreaterThan(1),
            letter => letter.FailedAt.ShouldNotBeNull(),
            letter => letter.Queue.ShouldContain("cart"));
        (await admin.DeadLettersAsync("inventory")).Total.ShouldBe(0, "Inventory handled its own copy of the event");

        var shown = await (await admin.GetAsync($"/api/operations/cart/dead-letters/{listed.Id}")).ReadAsync<DeadLetterDetailBody>();
        shown.DeadLetter.Id.ShouldBe(listed.Id);
        shown.Body.ShouldNotBeNull();
        shown.Body.Value.GetProperty("name").GetString().ShouldBe("Broken Kettle");
        shown.Body.Value.GetProperty("productId").GetGuid().ShouldBe(productId);

        using var customer = _shop.Customer("erin");
        (await customer.PostJsonAsync("/api/cart/items", new { productId, quantity = 1 })).IsSuccessStatusCode.ShouldBeFalse("Cart never learnt of the product");

        _shop.Database.AllowWrites("refuse_broken", "cart", "products");
        (await admin.PostAsync($"/api/operations/cart/dead-letters/{listed.Id}/replay", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        await Eventually.Until(
            async () => (await customer.PostJsonAsync("/api/cart/items", new { productId, quantity = 1 })).IsSuccessStatusCode,
            "the replayed event to teach Cart the product");
        await _shop.IdleAsync();
        (await admin.PostAsync($"/api/operations/cart/dead-letters/{listed.Id}/replay", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await admin.PostAsync("/api/operations/cart/dead-letters/replay", null)).CountAsync()).ShouldBe(0);
        await _shop.IdleAsync();

        var cart = await (await customer.GetAsync("/api/cart")).ReadAsync<CartBody>();
        cart.Lines.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            line => line.Name.ShouldBe("Broken Kettle"),
            line => line.Quantity.ShouldBe(1));
        _shop.Database.Count("cart", "products", $"name = 'Broken Kettle'").ShouldBe(1);
        (await admin.DeadLettersAsync("cart")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task A_discarded_message_is_gone_for_good()
    {
        _shop.CartRefusesProductsNamed("refuse_doomed", "Doomed");
        var productId = await _shop.CreateProductAsync("DOOMED-MUG", "Doomed Mug");
        using var admin = _shop.Admin();
        var letter = (await admin.DeadLettersUntilAsync("cart", 1)).Items.Single();

        (await admin.DeleteAsync($"/api/operations/cart/dead-letters/{letter.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await admin.GetAsync($"/api/operations/cart/dead-letters/{letter.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.DeleteAsync($"/api/operations/cart/dead-letters/{letter.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.DeadLettersAsync("cart")).Total.ShouldBe(0);
        _shop.Database.AllowWrites("refuse_doomed", "cart", "products");
        await _shop.IdleAsync();
        using var customer = _shop.Customer("fred");
        (await customer.PostJsonAsync("/api/cart/items", new { productId, quantity = 1 })).IsSuccessStatusCode.ShouldBeFalse("the event that would have taught Cart the product was discarded");
    }
}
