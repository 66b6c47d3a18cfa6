using Microsoft.Playwright;
using ModularShop.EndToEndTests.Extraction;
using ModularShop.Testing;
using ModularShop.Testing.Browser;

namespace ModularShop.EndToEndTests.Browser;

/// <summary>The console of a shop whose Payments runs as a service of its own, signed in with a token pasted in, as outside Development.</summary>
public sealed class OpsConsoleRemoteModuleTests
{
    [Fact]
    public async Task Payments_shows_as_elsewhere_with_its_instance_and_its_figures_until_the_instance_stops()
    {
        await using var payments = await RemoteModuleShops.ServiceAsync("payments");
        await using var shop = await RemoteModuleShops.ShopWithRemoteAsync("Payments", [payments.BaseAddress]);
        await using var browser = await ShopBrowser.OpenAsync(shop);
        var page = browser.Page;
        await page.GotoAsync("/ops");

        await page.GetByLabel("Bearer token").FillAsync(TestTokens.For("ada", "admin"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var row = page.Locator("#modules tbody tr[data-module='payments']");
        var instance = $"{payments.BaseAddress} healthy";
        await Assertions.Expect(row).ToContainTextAsync("elsewhere: 1 instance, 1 taking calls", new() { Timeout = 30_000 });
        await Assertions.Expect(row.Locator(".instances li")).ToHaveTextAsync([instance]);
        await Assertions.Expect(row.Locator("td.amount").Last).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("#modules tbody tr[data-module='cart']")).ToContainTextAsync("in this process");
        browser.ShouldHaveKeptToTheShop();

        await payments.DisposeAsync();

        await Assertions.Expect(row).ToContainTextAsync("elsewhere: 1 instance, 0 taking calls", new() { Timeout = 60_000 });
        await Assertions.Expect(row).ToContainTextAsync("unreachable");
        await Assertions.Expect(page.Locator("#modules tbody tr[data-module='cart']")).ToContainTextAsync("in this process");
        browser.PageErrors.ShouldBeEmpty();
        browser.ForeignRequests.ShouldBeEmpty();
    }
}
