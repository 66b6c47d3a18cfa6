using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ModularShop.Benchmarks.Ceilings;

/// <summary>
/// A pgbench script that runs what the shop ran for one scenario, statement for statement, each backend's
/// statements in the order it ran them (so each transaction stays whole), with the values the shop bound inlined.
/// Statements the shop also runs while idle (Wolverine's polling, heartbeats) are background, not the scenario's.
/// The values that make a run's rows its own become pgbench variables: the customer (<c>:client_id</c>), and every
/// other id that is not a product, fresh per execution; products vary by script, one script per product, which
/// pgbench picks at random as the shop's load spreads over the products.
/// </summary>
internal sealed partial class PgbenchScript
{
    private const string ProductMark = "\u0001product\u0001";

    private readonly string _template;

    private PgbenchScript(string template, int statements, int transactions)
    {
        _template = template;
        Statements = statements;
        Transactions = transactions;
    }

    public int Statements { get; }

    public int Transactions { get; }

    public string ForProduct(Guid product) => _template.Replace(ProductMark, product.ToString(), StringComparison.Ordinal);

    /// <param name="customer">The customer the captured scenario ran as; it becomes <paramref name="customerTemplate"/>, where <c>:client_id</c> and <c>:seq</c> are pgbench's.</param>
    public static PgbenchScript From(
        IReadOnlyList<LoggedStatement> captured,
        IReadOnlyList<LoggedStatement> idle,
        string customer,
        string customerTemplate,
        IReadOnlyCollection<Guid> products)
    {
        var background = idle.Where(statement => !statement.IsTransactionControl).Select(statement => statement.Sql).ToHashSet(StringComparer.Ordinal);
        var byBackend = captured
            .Where(statement => statement.IsTransactionControl || !background.Contains(statement.Sql))
            .GroupBy(statement => statement.Backend)
            .SelectMany(backend => WithoutEmptyTransactions(backend.ToList()))
            .ToList();

        var productTexts = products.Select(product => product.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var freshIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var body = new StringBuilder();
        foreach (var statement in byBackend)
        {
            var sql = Placeholder().Replace(statement.Sql, match =>
            {
                var index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) - 1;
                var value = index < statement.Parameters.Count ? statement.Parameters[index] : null;
                return value is null ? "NULL" : "'" + Variables(value, customer, customerTemplate, productTexts, freshIds).Replace("'", "''", StringComparison.Ordinal) + "'";
            });
            // One statement per line: pgbench reads a script line by line unless a statement ends in a semicolon.
            body.Append(sql.Replace('\n', ' ')).AppendLine(";");
        }

        var script = new StringBuilder();
        script.AppendLine("\\set seq :seq + 1");
        if (freshIds.Count > 0)
        {
            var columns = freshIds.Values.Select(name => $"md5(':run-:client_id-:seq-{name}')::uuid AS {name}");
            script.Append("SELECT ").Append(string.Join(", ", columns)).AppendLine(" \\gset");
        }

        script.Append(body);
        return new PgbenchScript(
            script.ToString(),
            byBackend.Count(statement => !statement.IsTransactionControl),
            byBackend.Count(statement => statement.Sql.Equals("COMMIT", StringComparison.OrdinalIgnoreCase)));
    }

    private static string Variables(string value, string customer, string customerTemplate, HashSet<string> products, Dictionary<string, string> freshIds)
    {
        if (value == customer)
        {
            return customerTemplate;
        }

        return Uuid().Replace(value, match =>
        {
            if (products.Contains(match.Value))
            {
                return ProductMark;
            }

            if (!freshIds.TryGetValue(match.Value, out var name))
            {
                name = $"id{freshIds.Count + 1}_";
                freshIds[match.Value] = name;
            }

            return ":" + name;
        });
    }

    private static IEnumerable<LoggedStatement> WithoutEmptyTransactions(List<LoggedStatement> statements)
    {
        for (var index = 0; index < statements.Count; index++)
        {
            var opensEmpty = statements[index].Sql.StartsWith("BEGIN", StringComparison.OrdinalIgnoreCase)
                && index + 1 < statements.Count && statements[index + 1].IsTransactionControl;
            if (opensEmpty)
            {
                index++;
                continue;
            }

            yield return statements[index];
        }
    }

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();
}
