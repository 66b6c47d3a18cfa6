using Microsoft.Playwright;
using ModularShop.Testing;
using ModularShop.Testing.Browser;

namespace ModularShop.EndToEndTests.Browser;

/// <summary>What a shopper does on the storefront, in the words of its labels and buttons.</summary>
internal static class Storefront
{
    /// <summary>Long enough for a checkout on a busy machine: the order page follows it by itself.</summary>
    public static readonly LocatorAssertionsToHaveTextOptions UntilFinal = new() { Timeout = 60_000 };

    /// <summary>A shop in Development, where the storefront signs shoppers in with development tokens, once Cart and Inventory know the demo catalog.</summary>
    public static async Task<TestShop> StartAsync(Action<TestShopSettings>? configure = null)
    {
        var shop = await TestShop.StartAsync(settings =>
        {
            settings.Environment = "Development";
            settings.SeedDemoProducts = true;
            configure?.Invoke(settings);
        });
        await Demo.WaitUntilTheCatalogIsKnownAsync(shop.Database);
        return shop;
    }

    public static async Task SignInAsync(this IPage page, string name, bool asAdmin = false)
    {
        await page.GetByLabel("Your name").FillAsync(name);
        if (asAdmin)
        {
            await page.GetByLabel("as an administrator").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Signed in as {name}")).ToBeVisibleAsync();
    }

    public static async Task SearchAsync(this IPage page, string text)
    {
        await page.GetByLabel("Search the catalog").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#catalog-note")).ToContainTextAsync($"matching “{text}”");
    }

    public static ILocator Product(this IPage page, string name) =>
        page.Locator("li.product").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true }) });

    public static async Task AddToCartAsync(this IPage page, string product, int quantity)
    {
        var card = page.Product(product);
        await card.GetByLabel("Quantity").FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await card.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Added {quantity} × {product} to your cart.");
    }

    public static async Task CheckOutAsync(this IPage page, string cardToken)
    {
        await page.GetByLabel("Card token").FillAsync(cardToken);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Sam Shopper");
        await page.GetByLabel("Street and number").FillAsync("Hauptstraße 1");
        await page.GetByLabel("Postal code").FillAsync("10115");
        await page.GetByLabel("City").FillAsync("Berlin");
        await page.GetByLabel("Country code").FillAsync("DE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/orders/[0-9a-f-]{36}$"));
    }

    public static ILocator OrderStatus(this IPage page) => page.Locator("#order-status");

    /// <summary>The token the page keeps for this tab.</summary>
    public static Task<string> TokenAsync(this ShopBrowser browser) =>
        browser.Page.EvaluateAsync<string>("() => sessionStorage.getItem('modularshop.token')");
}
