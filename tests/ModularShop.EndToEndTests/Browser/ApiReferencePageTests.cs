using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ModularShop.Testing;
using ModularShop.Testing.Browser;

namespace ModularShop.EndToEndTests.Browser;

/// <summary>The API reference page at /scalar/v1, in a real Chromium: the shop's operations, from the shop alone.</summary>
public sealed partial class ApiReferencePageTests : IAsyncLifetime
{
    private const string PagePath = "/scalar/v1";

    private TestShop _shop = null!;

    public async Task InitializeAsync() => _shop = await TestShop.StartAsync();

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task The_page_shows_the_shops_operations_without_errors_and_asks_no_other_host_for_anything()
    {
        await using var browser = await ShopBrowser.OpenAsync(_shop);

        var response = await browser.Page.GotoAsync(PagePath);

        response.ShouldNotBeNull().Status.ShouldBe((int)HttpStatusCode.OK);
        response.Headers["content-security-policy"].ShouldStartWith("default-src 'self'");
        response.Headers["x-content-type-options"].ShouldBe("nosniff");
        await browser.Page.GetByText("Check out the caller's cart").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await browser.Page.GetByText("The caller's cart: lines at current prices").First.WaitForAsync();

        // Late requests (fonts, telemetry) would come once the page has rendered: wait for the network to go quiet.
        await browser.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await browser.ScreenshotAsync("api-reference");
        browser.ShouldHaveKeptToTheShop();
    }

    [Fact]
    public async Task A_token_entered_on_the_page_goes_into_the_requests_it_shows_and_is_not_stored_in_the_browser()
    {
        await using var browser = await ShopBrowser.OpenAsync(_shop);
        await browser.Page.GotoAsync(PagePath);
        var token = TestTokens.For("alice");

        await browser.Page.GetByPlaceholder("Token", new PageGetByPlaceholderOptions { Exact = true }).First.FillAsync(token);

        await browser.Page.GetByText($"Authorization: Bearer {token}").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var stored = await browser.Page.EvaluateAsync<string>("() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })");
        stored.ShouldNotContain(token);
        browser.ShouldHaveKeptToTheShop();
    }

    [Fact]
    public async Task The_page_allows_scripts_from_the_shop_and_its_own_nonce_only_a_fresh_one_each_time()
    {
        using var client = _shop.Anonymous();

        var first = await PageAnswer.ReadAsync(client, PagePath);
        var second = await PageAnswer.ReadAsync(client, PagePath);

        foreach (var answer in new[] { first, second })
        {
            answer.Policy.ShouldContain("default-src 'self'");
            answer.Policy.ShouldContain("connect-src 'self'");
            answer.Policy.ShouldContain("object-src 'none'");
            answer.ScriptSources.ShouldBe(["'self'", $"'nonce-{answer.Nonce}'"], "scripts come from the shop, or carry this answer's nonce; nothing inline runs otherwise");
            answer.ScriptTagNonces.ShouldNotBeEmpty();
            answer.ScriptTagNonces.ShouldAllBe(nonce => nonce == answer.Nonce, "every script tag of the page carries the nonce");
            answer.ContentTypeOptions.ShouldBe("nosniff");
            answer.CacheControl.ShouldBe("no-store", "a nonce is for one answer only");
        }

        second.Nonce.ShouldNotBe(first.Nonce);
    }

    [Fact]
    public async Task Scalars_scripts_come_from_the_shop_without_sniffing()
    {
        using var client = _shop.Anonymous();

        var script = await client.GetAsync("/scalar/scalar.js");

        script.StatusCode.ShouldBe(HttpStatusCode.OK);
        script.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        script.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    /// <summary>The page's HTML and the headers that govern it.</summary>
    private sealed partial record PageAnswer(string Policy, string? ContentTypeOptions, string? CacheControl, IReadOnlyList<string> ScriptTagNonces)
    {
        public IReadOnlyList<string> ScriptSources =>
            Policy.Split(';', StringSplitOptions.TrimEntries).Single(directive => directive.StartsWith("script-src ", StringComparison.Ordinal))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

        public string Nonce => ScriptSources.Select(source => NonceSource().Match(source)).Single(match => match.Success).Groups[1].Value;

        public static async Task<PageAnswer> ReadAsync(HttpClient client, string path)
        {
            var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = await response.Content.ReadAsStringAsync();
            var scriptTags = ScriptTag().Matches(html).Select(tag => tag.Value).ToList();
            scriptTags.ShouldNotBeEmpty(html);
            return new PageAnswer(
                response.Headers.GetValues("Content-Security-Policy").Single(),
                response.Headers.TryGetValues("X-Content-Type-Options", out var options) ? options.Single() : null,
                response.Headers.CacheControl?.ToString(),
                scriptTags.Select(tag => NonceAttribute().Match(tag) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : "(none)").ToList());
        }

        [GeneratedRegex("<script\\b[^>]*>", RegexOptions.IgnoreCase)]
        private static partial Regex ScriptTag();

        [GeneratedRegex("\\snonce=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
        private static partial Regex NonceAttribute();

        [GeneratedRegex("^'nonce-(.+)'$")]
        private static partial Regex NonceSource();
    }
}
