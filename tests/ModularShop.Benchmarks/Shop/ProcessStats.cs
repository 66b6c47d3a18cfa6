using System.Globalization;

namespace ModularShop.Benchmarks.Shop;

/// <summary>What Linux says about a process: its resident memory and the CPU time it used.</summary>
internal static class ProcessStats
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on every Linux the shop runs on

    /// <summary>VmRSS in MiB, or 0 once the process is gone.</summary>
    public static double ResidentMegabytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(text => text.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>User plus system CPU time of a process, or zero once it is gone.</summary>
    public static TimeSpan CpuTime(int pid)
    {
        try
        {
            return CpuOf(File.ReadAllText($"/proc/{pid}/stat"));
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>
    /// The CPU time of every PostgreSQL server process on the machine, with that of the ones that ended: a backend
    /// that exits hands its time to the postmaster's count of its children's time, so the sum only grows.
    /// </summary>
    public static TimeSpan PostgresCpuTime()
    {
        var total = TimeSpan.Zero;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out _))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                if (stat.Contains("(postgres)", StringComparison.Ordinal))
                {
                    total += CpuOf(stat) + CpuOf(stat, children: true);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return total;
    }

    private static TimeSpan CpuOf(string stat, bool children = false)
    {
        // The command name may hold spaces; the fields after its closing parenthesis are fixed: utime is the 14th,
        // stime the 15th, and the time of ended children the 16th and 17th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var first = children ? 13 : 11;
        var ticks = long.Parse(fields[first], CultureInfo.InvariantCulture) + long.Parse(fields[first + 1], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
