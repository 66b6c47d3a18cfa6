using System.Text;

namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>How many requests each operation got, and how they were answered: by status class, and refused by Kestrel itself.</summary>
internal sealed class FuzzTally
{
    private const int ByKestrel = 6;

    private readonly SortedDictionary<string, int[]> _byOperation = new(StringComparer.Ordinal);

    public int Requests => Total(counts => counts[..ByKestrel].Sum());

    public int ServerErrors => Total(counts => counts[5]);

    public void Count(ApiOperation operation, FuzzAnswer answer)
    {
        var key = operation.ToString();
        var counts = _byOperation.TryGetValue(key, out var found) ? found : _byOperation[key] = new int[ByKestrel + 1];
        counts[Math.Clamp(answer.Status / 100, 0, 5)]++;
        if (answer.IsKestrelRefusal)
        {
            counts[ByKestrel]++;
        }
    }

    public string Table()
    {
        var table = new StringBuilder($"{"operation",-46} {"requests",8} {"2xx",5} {"3xx",5} {"4xx",5} {"5xx",5}  4xx by Kestrel\n");
        foreach (var (operation, counts) in _byOperation)
        {
            table.Append(Row(operation, counts));
        }

        return table.Append(Row("all", [.. Enumerable.Range(0, ByKestrel + 1).Select(index => Total(counts => counts[index]))])).ToString();
    }

    private static string Row(string operation, int[] counts) =>
        $"{operation,-46} {counts[..ByKestrel].Sum(),8} {counts[2],5} {counts[3],5} {counts[4],5} {counts[5],5}  {counts[ByKestrel],5}\n";

    private int Total(Func<int[], int> count) => _byOperation.Values.Sum(count);
}
