using System.Formats.Tar;

namespace ModularShop.Testing;

/// <summary>
/// The shop one release back, built from the repository's own history: the commit before Ordering's contract step
/// (<c>DropOrdersPaymentToken</c>). That release writes card tokens both to <c>orders.payment_token</c> and to
/// <c>held_payment_tokens</c> and reads the table first, so it runs beside the current release, which knows the
/// table only. Its sources are taken out of git as they were committed and published the way
/// <c>./build.sh publish</c> publishes the shop; a commit's build never changes, so it is built once per clone.
/// </summary>
public static class PreviousVersion
{
    /// <summary>The commit before the one that added the contract step.</summary>
    public const string Commit = "20055ce24a094ec2ee2cf271ea01a09894df3306";

    /// <summary>The contract step whose commit follows <see cref="Commit"/>.</summary>
    public const string ContractStepSource = "src/Modules/Ordering/ModularShop.Modules.Ordering/Persistence/Migrations/DropOrdersPaymentToken.cs";

    private static readonly Lazy<Task<string>> Published = new(PublishAsync);

    /// <summary>The folder of the previous release's published shop, every module in one host.</summary>
    public static Task<string> PublishShopAsync() => Published.Value;

    /// <summary>The parents of the commit that added the contract step, as git records them.</summary>
    public static async Task<string> ParentsOfTheContractStepAsync() =>
        (await GitAsync("log", "--diff-filter=A", "--format=%P", "--", ContractStepSource)).Trim();

    private static async Task<string> PublishAsync()
    {
        var root = Path.Combine(ServiceArtifact.RepositoryRoot, "artifacts", "previous", Commit[..12]);
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

    private static async Task EnsureTheHistoryHoldsTheCommitAsync()
    {
        try
        {
            await GitAsync("cat-file", "-e", $"{Commit}^{{commit}}");
        }
        catch (InvalidOperationException missing)
        {
            throw new InvalidOperationException(
                $"The repository's history does not hold {Commit}, the previous release the upgrade tests run: a shallow clone? Fetch the whole history (git fetch --unshallow).",
                missing);
        }
    }

    private static Task<string> GitAsync(params string[] arguments) =>
        CommandLine.RunAsync("git", arguments, ServiceArtifact.RepositoryRoot, TimeSpan.FromMinutes(2));
}
