using System.Reflection;

namespace ModularShop.SqlServerSchemaTests;

/// <summary>
/// The committed snapshot files under Snapshots/: <c>&lt;Module&gt;.efcore.sql</c> and <c>&lt;Module&gt;.migrations.sql</c>.
/// With <c>MODULARSHOP_UPDATE_SNAPSHOTS=1</c> the tests write them instead of comparing.
/// </summary>
internal static class Snapshots
{
    public const string RegenerateCommand = "./build.sh sqlserver-snapshots";
    public const string EfCore = "efcore";
    public const string Migrations = "migrations";

    private const string Extension = ".sql";

    public static readonly IReadOnlyList<string> Kinds = [EfCore, Migrations];

    public static bool UpdateRequested => Environment.GetEnvironmentVariable("MODULARSHOP_UPDATE_SNAPSHOTS") == "1";

    /// <summary>The Snapshots folder in the source tree (compiled in by the project file), not a copy in bin/.</summary>
    public static string Directory { get; } =
        typeof(Snapshots).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "SnapshotDirectory").Value!;

    public static string FileName(string module, string kind) => $"{module}.{kind}{Extension}";

    /// <summary>How a failure names the file: relative to the repository, the same on every machine.</summary>
    public static string DisplayPath(string module, string kind) => $"tests/ModularShop.SqlServerSchemaTests/Snapshots/{FileName(module, kind)}";

    public static string? Read(string module, string kind)
    {
        var path = Path.Combine(Directory, FileName(module, kind));
        return File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
    }

    public static void Write(string module, string kind, string content)
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, FileName(module, kind)), content);
    }

    public static IReadOnlyList<string> FileNames() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.GetFiles(Directory, "*" + Extension).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    public static void Delete(string fileName) => File.Delete(Path.Combine(Directory, fileName));
}
