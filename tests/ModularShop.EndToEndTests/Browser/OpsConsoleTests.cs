using Microsoft.Playwright;
using ModularShop.EndToEndTests.Operations;
using ModularShop.Testing;
using ModularShop.Testing.Browser;

namespace ModularShop.EndToEndTests.Browser;

/// <summary>The operations console at /ops, in a real Chromium: an admin sees the modules and puts a failed message right.</summary>
public sealed class OpsConsoleTests : IAsyncLifetime
{
    /// <summary>Several refreshes of the console, each of which reads every module.</summary>
    private static readonly LocatorAssertionsToHaveCountOptions UntilRefreshed = new() { Timeout = 60_000 };

    private TestShop _shop = null!;

    public async Task InitializeAsync() => _shop = await Storefront.StartAsync(settings => settings.Values["Messaging:RetryDelays"] = "00:00:00.100");

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task An_admin_sees_the_six_modules_and_replays_one_failed_message_and_discards_another()
    {
        using (var shopper = _shop.Customer("olga"))
        {
            await Checkout.FinalStateAsync(shopper, await Checkout.PlaceAsync(shopper, "tok_visa", (DemoProducts.Frother, 1)));
        }

        await using var browser = await ShopBrowser.OpenAsync(_shop);
        var page = browser.Page;
        await page.GotoAsync("/ops");
        await page.SignInAsync("ada", asAdmin: true);

        var modules = page.Locator("#modules tbody tr");
        await Assertions.Expect(modules).ToHaveCountAsync(6);
        foreach (var module in new[] { "Catalog", "Cart", "Ordering", "Inventory", "Payments", "Shipping" })
        {
            await Assertions.Expect(modules.Filter(new() { HasText = module })).ToContainTextAsync("in this process");
        }

        await Assertions.Expect(page.Locator("#recent tbody tr")).ToContainTextAsync(["olga"]);
        await Assertions.Expect(page.Locator("#recent-counts")).ToContainTextAsync("1 Confirmed");

        _shop.CartRefusesProductsNamed("refuse_broken", "Broken");
        _shop.CartRefusesProductsNamed("refuse_doomed", "Doomed");
        var kettle = await _shop.CreateProductAsync("BROKEN-KETTLE", "Broken Kettle");
        var mug = await _shop.CreateProductAsync("DOOMED-MUG", "Doomed Mug");

        var failed = page.Locator("#failed tbody tr");
        await Assertions.Expect(failed).ToHaveCountAsync(2, UntilRefreshed);
        await Assertions.Expect(failed.First).ToContainTextAsync(OperationsShop.ProductCreated);
        await Assertions.Expect(failed.First).ToContainTextAsync("DbUpdateException");
        await Assertions.Expect(modules.Filter(new() { HasText = "Cart" }).Locator("td").Last).ToHaveTextAsync("2");
        await browser.ScreenshotAsync("ops-console");

        using var admin = _shop.Admin();
        var letters = (await admin.DeadLettersAsync("cart")).Items;
        var kettleLetter = await LetterAboutAsync(admin, letters, kettle);
        var mugLetter = await LetterAboutAsync(admin, letters, mug);
        _shop.Database.AllowWrites("refuse_broken", "cart", "products");
        _shop.Database.AllowWrites("refuse_doomed", "cart", "products");

        await page.Locator($"#failed tr[data-id='{kettleLetter}']").GetByRole(AriaRole.Button, new() { Name = "Replay" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Sent {OperationsShop.ProductCreated} back to cart.");
        await page.Locator($"#failed tr[data-id='{mugLetter}']").GetByRole(AriaRole.Button, new() { Name = "Discard" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Discarded {OperationsShop.ProductCreated} of cart for good.");

        await Assertions.Expect(failed).ToHaveCountAsync(0, UntilRefreshed);
        await Assertions.Expect(page.Locator("#failed-note")).ToHaveTextAsync("No message has failed.");
        await _shop.IdleAsync();
        _shop.Database.Count("cart", "products", "name = 'Broken Kettle'").ShouldBe(1, "the replayed message was handled");
        _shop.Database.Count("cart", "products", "name = 'Doomed Mug'").ShouldBe(0, "the discarded message never was");
        (await admin.DeadLettersAsync("cart")).Total.ShouldBe(0);
        browser.ShouldHaveKeptToTheShop();
    }

    [Fact]
    public async Task A_shopper_who_opens_the_console_is_refused_and_shown_nothing()
    {
        await using var browser = await ShopBrowser.OpenAsync(_shop);
        var page = browser.Page;
        await page.GotoAsync("/ops");

        await page.SignInAsync("bob");

        await Assertions.Expect(page.Locator("#console-note")).ToHaveTextAsync("Refused: the console is for administrators, and bob is not one.");
        await Assertions.Expect(page.Locator("#console")).ToBeHiddenAsync();
        (await page.Locator("#modules tbody tr").CountAsync()).ShouldBe(0);
        browser.PageErrors.ShouldBeEmpty();
        browser.ForeignRequests.ShouldBeEmpty();
        browser.ConsoleErrors.ShouldAllBe(error => error.Contains("status of 403"), "the only error is the shop's refusal");
    }

    private static async Task<Guid> LetterAboutAsync(HttpClient admin, IEnumerable<DeadLetterBody> letters, Guid productId)
    {
        foreach (var letter in letters)
        {
            var detail = await (await admin.GetAsync($"/api/operations/cart/dead-letters/{letter.Id}")).ReadAsync<DeadLetterDetailBody>();
            if (detail.Body?.GetProperty("productId").GetGuid() == productId)
            {
                return letter.Id;
            }
        }

        throw new InvalidOperationException($"No dead letter in cart is about product {productId}.");
    }
}
