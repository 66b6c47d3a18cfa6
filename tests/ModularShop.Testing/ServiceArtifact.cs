using System.Collections.Concurrent;

namespace ModularShop.Testing;

/// <summary>
/// A module published as its own service, exactly as <c>./build.sh publish-service --module=&lt;Module&gt;</c> does it:
/// <c>dotnet publish</c> of the host with <c>-p:ShopModules=&lt;Module&gt;</c> into artifacts/services/&lt;module&gt;.
/// Published once per test run, then started as processes by the tests. The whole shop is published the same way,
/// as <c>./build.sh publish</c> does it, into artifacts/shop.
/// </summary>
public static class ServiceArtifact
{
    private const string WholeShop = "";

    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Published = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The folder of the module's published service.</summary>
    public static Task<string> PublishAsync(string module) =>
        Published.GetOrAdd(module, name => new Lazy<Task<string>>(() => RunPublishAsync(name))).Value;

    /// <summary>The folder of the published shop, every module in one host.</summary>
    public static Task<string> PublishShopAsync() => PublishAsync(WholeShop);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static async Task<string> RunPublishAsync(string module)
    {
        var output = module == WholeShop
            ? Path.Combine(RepositoryRoot, "artifacts", "shop")
            : Path.Combine(RepositoryRoot, "artifacts", "services", module.ToLowerInvariant());
        if (Directory.Exists(output))
        {
            // A publish adds files and removes none: what an earlier build carried would still be there.
            Directory.Delete(output, recursive: true);
        }

        await PublishHostAsync(RepositoryRoot, module, output);
        return output;
    }

    /// <summary>Publishes the host of the sources under <paramref name="sourceRoot"/>, with the given modules (all when empty), into <paramref name="output"/>.</summary>
    internal static Task PublishHostAsync(string sourceRoot, string modules, string output) =>
        CommandLine.RunAsync(
            "dotnet",
            [
                "publish", Path.Combine("src", "ModularShop.Host", "ModularShop.Host.csproj"),
                "--configuration", "Release", $"-p:ShopModules={modules}", "--output", output, "--nologo", "--verbosity", "quiet",
            ],
            sourceRoot,
            TimeSpan.FromMinutes(10));

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ModularShop.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ModularShop.sln above {AppContext.BaseDirectory}: the tests publish services from the repository they were built in.");
    }
}
