using System.Globalization;
using System.Text;
using System.Text.Json;
using ModularShop.Benchmarks.Load;

namespace ModularShop.Benchmarks.Report;

/// <summary>
/// Everything one run measured: the figures beside their ceilings, the raw load steps with the CPU each side used,
/// and what went wrong. Printed as one table and written to the output folder as summary.md and raw.json.
/// </summary>
internal sealed class BenchmarkReport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly Lock _lock = new();
    private readonly List<Figure> _figures = [];
    private readonly List<(string Database, LoadResult Load)> _loads = [];
    private readonly List<string> _problems = [];

    public IReadOnlyList<Figure> Figures
    {
        get
        {
            lock (_lock)
            {
                return _figures.ToList();
            }
        }
    }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_lock)
            {
                return _problems.ToList();
            }
        }
    }

    public IReadOnlyList<string> Scenarios => Figures.Select(figure => figure.Scenario).Distinct().ToList();

    public void Add(Figure figure)
    {
        lock (_lock)
        {
            _figures.Add(figure);
        }

        Console.WriteLine($"  {figure.Scenario} [{figure.Database}] {figure.Measure}: {Format(figure.Value)} {figure.Unit}"
            + (figure.CeilingValue is { } ceiling ? $" (ceiling {Format(ceiling)}, {figure.Ratio:P0})" : ""));
    }

    /// <summary>Records a load step; every answer that is not a 2xx, and every failed call, is a problem of the run.</summary>
    public LoadResult Add(string database, LoadResult load)
    {
        lock (_lock)
        {
            _loads.Add((database, load));
            if (load.Requests == 0 || load.Failures > 0)
            {
                var codes = string.Join(", ", load.StatusCodes.OrderBy(code => code.Key).Select(code => $"{code.Key}: {code.Value}"));
                _problems.Add($"{load.Name} [{database}] at {load.Connections} connections: {load.Failures} of {load.Requests} calls failed ({codes})");
            }
        }

        Console.WriteLine($"  {load.Name} [{database}] {load.Connections} conn: {load.PerSecond:N0}/s, p50 {load.P50Milliseconds:N1} ms, p99 {load.P99Milliseconds:N1} ms, "
            + $"failures {load.Failures}; CPU client {load.ClientCores:N2}, shop {load.ShopCores:N2}, database {load.DatabaseCores:N2} cores");
        return load;
    }

    public void Problem(string problem)
    {
        lock (_lock)
        {
            _problems.Add(problem);
        }

        Console.WriteLine($"  PROBLEM: {problem}");
    }

    public string Table()
    {
        var table = new StringBuilder();
        table.AppendLine("| scenario | database | measure | figure | ceiling in the same run | ratio | target |");
        table.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var figure in Figures)
        {
            var ceiling = figure.CeilingValue is { } value ? $"{figure.Ceiling}: {Format(value)}" : figure.Ceiling ?? "";
            var ratio = figure.Ratio is { } r ? r.ToString("P0", CultureInfo.InvariantCulture) : "";
            table.AppendLine(CultureInfo.InvariantCulture, $"| {figure.Scenario} | {figure.Database} | {figure.Measure} | {Format(figure.Value)} {figure.Unit} | {ceiling} | {ratio} | {figure.Target} |");
        }

        table.AppendLine();
        table.AppendLine("CPU per load step (cores; the machine has " + Environment.ProcessorCount + "):");
        table.AppendLine();
        table.AppendLine("| step | database | connections | answers/s | p50 ms | p99 ms | client | shop | database |");
        table.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        lock (_lock)
        {
            foreach (var (database, load) in _loads)
            {
                table.AppendLine(CultureInfo.InvariantCulture,
                    $"| {load.Name} | {database} | {load.Connections} | {load.PerSecond:N0} | {load.P50Milliseconds:N1} | {load.P99Milliseconds:N1} | {load.ClientCores:N2} | {load.ShopCores:N2} | {load.DatabaseCores:N2} |");
            }
        }

        return table.ToString();
    }

    public async Task WriteAsync(string folder, BenchmarkOptions options)
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "summary.md"), Table());
        object raw;
        lock (_lock)
        {
            raw = new
            {
                machine = new { cores = Environment.ProcessorCount, os = Environment.OSVersion.VersionString, runtime = Environment.Version.ToString() },
                quick = options.Quick,
                figures = _figures.Select(figure => new { figure.Scenario, figure.Database, figure.Measure, figure.Value, figure.Unit, figure.Ceiling, figure.CeilingValue, figure.Ratio, figure.Target }),
                loads = _loads.Select(entry => new
                {
                    entry.Database,
                    entry.Load.Name,
                    entry.Load.Connections,
                    entry.Load.Requests,
                    entry.Load.Failures,
                    statusCodes = entry.Load.StatusCodes.ToDictionary(code => code.Key.ToString(CultureInfo.InvariantCulture), code => code.Value),
                    seconds = entry.Load.Duration.TotalSeconds,
                    perSecond = entry.Load.PerSecond,
                    p50Ms = entry.Load.P50Milliseconds,
                    p99Ms = entry.Load.P99Milliseconds,
                    maxMs = entry.Load.MaxMilliseconds,
                    cpu = new { client = entry.Load.ClientCores, shop = entry.Load.ShopCores, database = entry.Load.DatabaseCores },
                }),
                problems = _problems,
            };
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "raw.json"), JsonSerializer.Serialize(raw, Indented));
    }

    private static string Format(double value) =>
        Math.Abs(value) >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture);
}
