using Microsoft.Playwright;

namespace ModularShop.Testing.Browser;

/// <summary>
/// A page of its own in headless Chromium for one test, on one browser shared by the whole test run. It records what a
/// visitor would never see but a test must: errors on the console, uncaught errors, and every request to a host other
/// than the shop's (which it also stops), so that a test can say none happened.
/// </summary>
public sealed class ShopBrowser : IAsyncDisposable
{
    private static readonly Lazy<Task<IBrowser>> Shared = new(LaunchAsync);

    private readonly IBrowserContext _context;
    private readonly Uri _shop;
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _pageErrors = [];
    private readonly List<string> _foreignRequests = [];
    private readonly List<string> _requestedUrls = [];
    private readonly Lock _records = new();

    private ShopBrowser(IBrowserContext context, IPage page, Uri shop)
    {
        _context = context;
        Page = page;
        _shop = shop;
    }

    public IPage Page { get; }

    public IReadOnlyList<string> ConsoleErrors => Snapshot(_consoleErrors);

    public IReadOnlyList<string> PageErrors => Snapshot(_pageErrors);

    /// <summary>Requests the page tried to send to another host; none of them reached it.</summary>
    public IReadOnlyList<string> ForeignRequests => Snapshot(_foreignRequests);

    /// <summary>Every address the page asked for, the shop's included.</summary>
    public IReadOnlyList<string> RequestedUrls => Snapshot(_requestedUrls);

    /// <summary>A desktop window, unless given the size of another screen (a phone's: 390 × 844).</summary>
    public static async Task<ShopBrowser> OpenAsync(TestShop shop, int width = 1280, int height = 900)
    {
        var browser = await Shared.Value;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = shop.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        var opened = new ShopBrowser(context, page, shop.BaseAddress);
        await opened.WatchAsync();
        return opened;
    }

    /// <summary>Writes a screenshot of what the window shows to artifacts/screenshots/<paramref name="name"/>.png and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(ServiceArtifact.RepositoryRoot, "artifacts", "screenshots", $"{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    /// <summary>Fails, listing them, when the page logged an error, threw one, or asked another host for anything.</summary>
    public void ShouldHaveKeptToTheShop()
    {
        var problems = ConsoleErrors.Select(error => $"console error: {error}")
            .Concat(PageErrors.Select(error => $"uncaught error: {error}"))
            .Concat(ForeignRequests.Select(request => $"request to another host: {request}"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new Shouldly.ShouldAssertException($"The page at {Page.Url} should have kept to the shop, but:\n{string.Join('\n', problems)}");
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private async Task WatchAsync()
    {
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record(_consoleErrors, $"{message.Text} ({message.Location})");
            }
        };
        Page.PageError += (_, error) => Record(_pageErrors, error);
        Page.Request += (_, request) => Record(_requestedUrls, request.Url);

        // Stopped before it leaves the machine: the closed network here would refuse it anyway, and a test must see the
        // attempt, not a timeout.
        await _context.RouteAsync(
            IsForeign,
            async route =>
            {
                Record(_foreignRequests, $"{route.Request.Method} {route.Request.Url}");
                await route.AbortAsync("blockedbyclient");
            });
    }

    private bool IsForeign(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var target)
        && (target.Scheme == Uri.UriSchemeHttp || target.Scheme == Uri.UriSchemeHttps || target.Scheme == "ws" || target.Scheme == "wss")
        && !string.Equals(target.Authority, _shop.Authority, StringComparison.OrdinalIgnoreCase);

    private void Record(List<string> list, string entry)
    {
        lock (_records)
        {
            list.Add(entry);
        }
    }

    private IReadOnlyList<string> Snapshot(List<string> list)
    {
        lock (_records)
        {
            return [.. list];
        }
    }

    private static async Task<IBrowser> LaunchAsync()
    {
        var executable = await SystemChromium.InstallAsync();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                // Root has no sandbox here.
                "--no-sandbox",

                // The machine's closed network refuses the connections Chromium makes of its own accord, many at a time;
                // these flags keep it from making them.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        });

        // The browser outlives every test; it goes when the test run's process does.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().Wait(TimeSpan.FromSeconds(5));
            playwright.Dispose();
        };
        return browser;
    }
}
