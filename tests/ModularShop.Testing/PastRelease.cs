using System.Collections.Concurrent;
using System.Formats.Tar;

namespace ModularShop.Testing;

/// <summary>
/// A release of the shop from the repository's own history, for the tests that run it beside a later one. Its
/// sources are taken out of git as they were committed and published the way <c>./build.sh publish</c> publishes
/// the shop; a commit's build never changes, so each is built once per clone, into artifacts/releases.
/// </summary>
/// <param name="Commit">The commit the release is built from.</param>
/// <param name="NextStep">The source of the migration added by the commit after it, which makes that commit the release before the step.</param>
public sealed record PastRelease(string Commit, string NextStep)
{
    private const string OrderingMigrations = "src/Modules/Ordering/ModularShop.Modules.Ordering/Persistence/Migrations/";

    /// <summary>Writes card tokens only to <c>orders.payment_token</c>: the release before Ordering's expand step.</summary>
    public static readonly PastRelease BeforeTheExpandStep = new("d5b18355e589792e8bf1dd20c7a694626e702707", OrderingMigrations + "HoldPaymentTokensApart.cs");

    /// <summary>
    /// Writes card tokens to both <c>orders.payment_token</c> and <c>held_payment_tokens</c> and reads the table first:
    /// the release before the contract step, the one the current release runs beside.
    /// </summary>
    public static readonly PastRelease BeforeTheContractStep = new("20055ce24a094ec2ee2cf271ea01a09894df3306", OrderingMigrations + "DropOrdersPaymentToken.cs");

    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Published = new(StringComparer.Ordinal);

    public override string ToString() => Commit[..12];

    /// <summary>The folder of the release's published shop, every module in one host.</summary>
    public Task<string> PublishShopAsync() => Published.GetOrAdd(Commit, _ => new Lazy<Task<string>>(PublishAsync)).Value;

    /// <summary>The parents of the commit that added <see cref="NextStep"/>, as git records them.</summary>
    public async Task<string> ParentsOfTheNextStepAsync() =>
        (await GitAsync("log", "--diff-filter=A", "--format=%P", "--", NextStep)).Trim();

    private async Task<string> PublishAsync()
    {
        var root = Path.Combine(ServiceArtifact.RepositoryRoot, "artifacts", "releases", ToString());
        var output = Path.Combine(root, "shop");
        var done = Path.Combine(root, "published");
        if (File.Exists(done))
        {
            return output;
        }

        await EnsureTheHistoryHoldsTheCommitAsync();
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var source = Path.Combine(root, "source");
        Directory.CreateDirectory(source);
        var archive = Path.Combine(root, "source.tar");
        await GitAsync("archive", "--format=tar", $"--output={archive}", Commit);
        await TarFile.ExtractToDirectoryAsync(archive, source, overwriteFiles: false);
        await ServiceArtifact.PublishHostAsync(source, modules: "", output);
        await File.WriteAllTextAsync(done, Commit);
        return output;
    }

    private async Task EnsureTheHistoryHoldsTheCommitAsync()
    {
        try
        {
            await GitAsync("cat-file", "-e", $"{Commit}^{{commit}}");
        }
        catch (InvalidOperationException missing)
        {
            throw new InvalidOperationException(
                $"The repository's history does not hold {Commit}, a past release the upgrade tests run: a shallow clone? Fetch the whole history (git fetch --unshallow).",
                missing);
        }
    }

    private static Task<string> GitAsync(params string[] arguments) =>
        CommandLine.RunAsync("git", arguments, ServiceArtifact.RepositoryRoot, TimeSpan.FromMinutes(2));
}
