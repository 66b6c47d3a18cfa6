namespace ModularShop.Testing.Browser;

/// <summary>
/// Debian's Chromium, installed by scripts/chromium.sh when it is missing. Playwright's own browser download does not
/// work on the project's machines, so the tests drive this one; without it they fail, saying why, rather than skip.
/// </summary>
internal static class SystemChromium
{
    public static async Task<string> InstallAsync()
    {
        var script = Path.Combine(ServiceArtifact.RepositoryRoot, "scripts", "chromium.sh");
        try
        {
            await CommandLine.RunAsync("bash", [script, "install"], ServiceArtifact.RepositoryRoot, TimeSpan.FromMinutes(10));
            var output = await CommandLine.RunAsync("bash", [script, "path"], ServiceArtifact.RepositoryRoot, TimeSpan.FromSeconds(30));
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        }
        catch (Exception exception) when (exception is InvalidOperationException or OperationCanceledException)
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium, and scripts/chromium.sh could not provide it (install the Debian package chromium, or run the tests as root): {exception.Message}",
                exception);
        }
    }
}
