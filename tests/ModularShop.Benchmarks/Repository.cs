namespace ModularShop.Benchmarks;

/// <summary>The repository the benchmark was built in: its scripts and its artifacts folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ModularShop.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ModularShop.sln above {AppContext.BaseDirectory}.");
    }
}
