using System.Net;
using Microsoft.Playwright;
using ModularShop.Testing;
using ModularShop.Testing.Browser;

namespace ModularShop.EndToEndTests.Browser;

/// <summary>The storefront at /, in a real Chromium: a shopper finds a mug, buys it, watches its checkout end and finds its parcel shipped.</summary>
public sealed class StorefrontTests : IAsyncLifetime
{
    private const string Mug = "Ceramic Mug 350 ml";

    private TestShop _shop = null!;

    public async Task InitializeAsync() => _shop = await Storefront.StartAsync();

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task A_shopper_buys_two_mugs_with_a_card_that_works_and_a_mug_with_one_that_is_declined()
    {
        await using var browser = await ShopBrowser.OpenAsync(_shop);
        var page = browser.Page;
        var response = await page.GotoAsync("/");
        response.ShouldNotBeNull().Status.ShouldBe((int)HttpStatusCode.OK);
        await page.SignInAsync("sam");

        await page.SearchAsync("mug");
        await page.AddToCartAsync(Mug, 2);
        var line = page.Locator("#cart-lines tbody tr").Filter(new() { HasText = Mug });
        await Assertions.Expect(line.GetByLabel($"Quantity of {Mug}")).ToHaveValueAsync("2");
        await Assertions.Expect(page.Locator("#cart-total")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("25[.,]80"));

        await line.GetByLabel($"Quantity of {Mug}").FillAsync("3");
        await line.GetByLabel($"Quantity of {Mug}").PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{Mug}: 3 in your cart.");
        await Assertions.Expect(page.Locator("#cart-total")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("38[.,]70"));
        await line.GetByLabel($"Quantity of {Mug}").FillAsync("2");
        await line.GetByLabel($"Quantity of {Mug}").PressAsync("Tab");
        await Assertions.Expect(page.Locator("#cart-total")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("25[.,]80"));
        await browser.ScreenshotAsync("storefront");

        await page.CheckOutAsync("tok_visa");
        await Assertions.Expect(page.OrderStatus()).ToHaveTextAsync("Confirmed", Storefront.UntilFinal);
        await Assertions.Expect(page.Locator("#order-lines tbody tr")).ToHaveTextAsync([new System.Text.RegularExpressions.Regex($"{Mug}.*2")]);
        await Assertions.Expect(page.Locator("#order-reason")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#order-parcel")).ToHaveTextAsync("being prepared");
        await browser.ScreenshotAsync("order");
        var confirmedAt = page.Url;

        // The warehouse ships it; the shopper opens the order again and finds the tracking number.
        using var admin = _shop.Admin();
        var confirmedId = Guid.Parse(confirmedAt.Split('/')[^1]);
        await Fulfilment.ShipmentAsync(admin, confirmedId);
        await Fulfilment.PackAndShipAsync(admin, confirmedId, "DHL", "JJD-0042-0815");
        using (var shopper = _shop.Customer("sam"))
        {
            await Fulfilment.OrderUntilAsync(shopper, confirmedId, order => order.Status == "Shipped", "to be shipped");
        }

        await page.ReloadAsync();
        await Assertions.Expect(page.OrderStatus()).ToHaveTextAsync("Shipped");
        await Assertions.Expect(page.Locator("#order-parcel")).ToHaveTextAsync("shipped with DHL, tracking number JJD-0042-0815");

        await page.GotoAsync("/");
        await page.SearchAsync("mug");
        await page.AddToCartAsync(Mug, 1);
        await page.CheckOutAsync("tok_decline");
        await Assertions.Expect(page.OrderStatus()).ToHaveTextAsync("Cancelled", Storefront.UntilFinal);
        await Assertions.Expect(page.Locator("#order-reason")).ToContainTextAsync("declined");
        page.Url.ShouldNotBe(confirmedAt);

        using var sam = _shop.Customer("sam");
        var orders = await (await sam.GetAsync("/api/orders")).ReadAsync<OrdersBody>();
        orders.Items.Select(order => order.Status).ShouldBe(["Cancelled", "Shipped"], "the shop holds what the page showed, newest first");
        orders.Items[1].Lines.ShouldHaveSingleItem().Quantity.ShouldBe(2);
        orders.Items[1].ShippingAddress.ShouldNotBeNull().City.ShouldBe("Berlin");
        var token = await browser.TokenAsync();
        browser.RequestedUrls.ShouldNotBeEmpty();
        browser.RequestedUrls.ShouldAllBe(url => !url.Contains(token), "the token travels in a header, never in an address");
        browser.ShouldHaveKeptToTheShop();
    }

    [Fact]
    public async Task A_product_named_like_markup_is_shown_as_text_and_runs_nothing()
    {
        const string Name = "<script>window.ran = 1</script><img src=x onerror=\"window.ran = 2\">";
        (await _shop.Admin().PostJsonAsync("/api/catalog/products", new { sku = "MARKUP-1", name = Name, price = 1.50m })).EnsureSuccessStatusCode();
        await using var browser = await ShopBrowser.OpenAsync(_shop);
        var dialogs = 0;
        browser.Page.Dialog += (_, _) => dialogs++;

        await browser.Page.GotoAsync("/");
        await browser.Page.SearchAsync("window.ran");

        await Assertions.Expect(browser.Page.Locator("li.product h3")).ToHaveTextAsync([Name]);
        (await browser.Page.EvaluateAsync<bool>("() => window.ran === undefined")).ShouldBeTrue("the name was shown, not run");
        (await browser.Page.Locator("li.product img").CountAsync()).ShouldBe(0);
        dialogs.ShouldBe(0);
        browser.ShouldHaveKeptToTheShop();
    }

    [Fact]
    public async Task The_keyboard_alone_signs_in_finds_and_adds_to_the_cart_and_every_field_has_a_label()
    {
        await using var browser = await ShopBrowser.OpenAsync(_shop);
        var page = browser.Page;
        await page.GotoAsync("/");

        await page.GetByLabel("Your name").FocusAsync();
        await page.Keyboard.TypeAsync("kim");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByText("Signed in as kim")).ToBeVisibleAsync();
        await page.GetByLabel("Search the catalog").FocusAsync();
        await page.Keyboard.TypeAsync("enamel");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("li.product")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldStartWith("quantity-", Case.Sensitive, "the next stop after the search is the first product's quantity");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("2");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Added 2 × Enamel Camp Mug to your cart.");
        var unlabelled = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('input, select, textarea')].filter(field => field.labels.length === 0 && !field.getAttribute('aria-label')).map(field => field.outerHTML)");
        unlabelled.ShouldBeEmpty();
        browser.ShouldHaveKeptToTheShop();
    }

    [Fact]
    public async Task At_phone_width_nothing_is_wider_than_the_screen()
    {
        await using var browser = await ShopBrowser.OpenAsync(_shop, width: 390, height: 844);
        var page = browser.Page;
        await page.GotoAsync("/");
        await page.SignInAsync("pia");
        await page.SearchAsync("mug");
        await page.AddToCartAsync(Mug, 1);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.ShouldBeLessThanOrEqualTo(0, "the page scrolls down, not sideways");
        await browser.ScreenshotAsync("storefront-phone");
        browser.ShouldHaveKeptToTheShop();
    }

    [Fact]
    public async Task The_pages_allow_only_the_shops_own_scripts_and_styles()
    {
        using var client = _shop.Anonymous();

        foreach (var path in new[] { "/", $"/orders/{Guid.CreateVersion7()}", "/ops", "/assets/storefront.js", "/assets/shop.css" })
        {
            var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            policy.ShouldContain("default-src 'self'", Case.Sensitive, path);
            policy.ShouldContain("script-src 'self';", Case.Sensitive, path);
            policy.ShouldContain("style-src 'self';", Case.Sensitive, path);
            policy.ShouldNotContain("unsafe", Case.Sensitive, path);
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"], path);
        }

        var html = await client.GetStringAsync("/");
        html.ShouldNotContain("<script>", Case.Insensitive, "no inline script");
        html.ShouldNotContain("style=", Case.Insensitive, "no inline style");
        html.ShouldNotContain("//cdn", Case.Insensitive);
    }
}

internal sealed record OrdersBody(List<OrderBody> Items, int Total);
