using System.Security.Cryptography;
using System.Text;

namespace ModularShop.Testing;

/// <summary>A hash of every row of each table <see cref="TestDatabase.Fingerprint"/> looks at, so that a difference names the table.</summary>
public sealed class DatabaseFingerprint
{
    private readonly IReadOnlyDictionary<string, string> _tables;

    internal DatabaseFingerprint(IEnumerable<(string Table, string Rows)> tables) =>
        _tables = tables.ToDictionary(table => table.Table, table => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(table.Rows))));

    public IReadOnlyCollection<string> Tables => _tables.Keys.ToList();

    /// <summary>The tables whose rows differ from <paramref name="earlier"/>, or that only one of the two has.</summary>
    public IReadOnlyList<string> ChangedSince(DatabaseFingerprint earlier) =>
        _tables.Keys.Union(earlier._tables.Keys)
            .Where(table => _tables.GetValueOrDefault(table) != earlier._tables.GetValueOrDefault(table))
            .Order(StringComparer.Ordinal)
            .ToList();
}
