using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace ModularShop.Benchmarks.Ceilings;

/// <summary>PostgreSQL's own load tool, run with the scripts the shop's statements became, on the shop's database.</summary>
internal sealed partial class Pgbench(string adminConnection, string database, string workFolder)
{
    private int _runs;

    /// <summary>Script executions per second at <paramref name="clients"/> connections, and how many of them failed.</summary>
    public async Task<(double PerSecond, long Failed)> RunAsync(string name, PgbenchScript script, IReadOnlyCollection<Guid> products, int clients, TimeSpan duration)
    {
        Directory.CreateDirectory(workFolder);
        var files = products.Select((product, index) =>
        {
            var file = Path.Combine(workFolder, $"{name}-{index}.sql");
            File.WriteAllText(file, script.ForProduct(product));
            return file;
        }).ToList();

        var server = new NpgsqlConnectionStringBuilder(adminConnection);
        var start = new ProcessStartInfo(Executable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "-h", server.Host!, "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-U", server.Username!,
            "-n", "-M", "simple", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(clients, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture),
            "-T", Math.Max(1, (int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            "-D", "seq=0", "-D", $"run={name}-{Interlocked.Increment(ref _runs)}-{Environment.ProcessId}",
        ];
        foreach (var argument in arguments.Concat(files.SelectMany(file => new[] { "-f", file + "@1" })).Append(database))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = server.Password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output + await errors;
        await File.WriteAllTextAsync(Path.Combine(workFolder, $"{name}-{clients}.out"), text);
        var tps = Tps().Match(text);
        if (process.ExitCode != 0 || !tps.Success)
        {
            throw new InvalidOperationException($"pgbench {name} at {clients} clients failed ({process.ExitCode}):\n{text}");
        }

        var failed = Failed().Match(text);
        return (double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture), failed.Success ? long.Parse(failed.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    private static string Executable()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(folder => Path.Combine(folder, "pgbench")).FirstOrDefault(File.Exists);
        return onPath ?? Directory.EnumerateDirectories("/usr/lib/postgresql").Select(folder => Path.Combine(folder, "bin", "pgbench")).Where(File.Exists).Order().LastOrDefault()
            ?? throw new InvalidOperationException("pgbench is not installed; scripts/postgres.sh installs PostgreSQL, which brings it.");
    }

    [GeneratedRegex(@"tps = ([\d.]+) \(without initial connection time\)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"number of failed transactions: (\d+)")]
    private static partial Regex Failed();
}
