using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace ModularShop.Benchmarks.Ceilings;

/// <summary>
/// The statements the shop sends, read from PostgreSQL's own log: <c>log_statement = all</c> is set on the shop's
/// database only while the statements of a scenario are captured, and the log (server.log in the data folder, where
/// scripts/postgres.sh writes it) is read through pg_read_file from the position marked before the scenario.
/// </summary>
internal sealed partial class PostgresStatementLog(string adminConnection, string database)
{
    private const string LogFile = "server.log";

    public async Task EnableAsync(bool enabled)
    {
        await using var connection = await OpenAsync();
        var sql = enabled ? $"ALTER DATABASE \"{database}\" SET log_statement = 'all'" : $"ALTER DATABASE \"{database}\" RESET log_statement";
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Where the log ends now.</summary>
    public async Task<long> MarkAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT size FROM pg_stat_file('{LogFile}')", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The statements logged for the shop's database since the mark.</summary>
    public async Task<IReadOnlyList<LoggedStatement>> ReadSinceAsync(long mark)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT convert_from(pg_read_binary_file('{LogFile}', @mark, (pg_stat_file('{LogFile}')).size - @mark), 'UTF8')", connection);
        command.Parameters.AddWithValue("mark", mark);
        var text = (string)(await command.ExecuteScalarAsync())!;
        return Parse(text);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        // The benchmark's own statements are not the shop's: this session logs none of them.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(adminConnection) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// Reads the default log format: "&lt;time&gt; [pid] LOG:  execute &lt;name&gt;: SQL" or "statement: SQL", the
    /// SQL's further lines starting with a tab, then "[pid] DETAIL:  parameters: $1 = '...', $2 = NULL".
    /// </summary>
    internal static IReadOnlyList<LoggedStatement> Parse(string log)
    {
        var entries = new List<(int Pid, string Kind, StringBuilder Text)>();
        foreach (var line in log.Split('\n'))
        {
            var header = EntryHeader().Match(line);
            if (header.Success)
            {
                entries.Add((int.Parse(header.Groups["pid"].Value, CultureInfo.InvariantCulture), header.Groups["kind"].Value, new StringBuilder(header.Groups["text"].Value)));
            }
            else if (line.StartsWith('\t') && entries.Count > 0)
            {
                entries[^1].Text.Append('\n').Append(line[1..]);
            }
        }

        var statements = new List<LoggedStatement>();
        foreach (var (pid, kind, text) in entries)
        {
            var body = text.ToString();
            if (kind == "LOG")
            {
                var statement = Statement().Match(body);
                if (statement.Success)
                {
                    statements.Add(new LoggedStatement(pid, statement.Groups["sql"].Value.Trim(), []));
                }
            }
            else if (kind == "DETAIL" && body.StartsWith("parameters: ", StringComparison.Ordinal))
            {
                var last = statements.FindLastIndex(statement => statement.Backend == pid);
                if (last >= 0)
                {
                    statements[last] = statements[last] with { Parameters = ParseParameters(body["parameters: ".Length..]) };
                }
            }
        }

        return statements;
    }

    private static List<string?> ParseParameters(string text)
    {
        var values = new List<string?>();
        var index = 0;
        while (index < text.Length)
        {
            var equals = text.IndexOf(" = ", index, StringComparison.Ordinal);
            if (equals < 0)
            {
                break;
            }

            index = equals + 3;
            if (text.AsSpan(index).StartsWith("NULL"))
            {
                values.Add(null);
                index += 4;
            }
            else
            {
                var value = new StringBuilder();
                index++; // the opening quote
                while (index < text.Length)
                {
                    if (text[index] == '\'')
                    {
                        if (index + 1 < text.Length && text[index + 1] == '\'')
                        {
                            value.Append('\'');
                            index += 2;
                            continue;
                        }

                        index++;
                        break;
                    }

                    value.Append(text[index++]);
                }

                values.Add(value.ToString());
            }

            index = text.IndexOf('$', index) is var next and >= 0 ? next : text.Length;
        }

        return values;
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d [\d:.]+ \w+ \[(?<pid>\d+)\] (?<kind>[A-Z]+):  (?<text>.*)$")]
    private static partial Regex EntryHeader();

    [GeneratedRegex(@"^(?:execute [^:]+|statement): (?<sql>.*)$", RegexOptions.Singleline)]
    private static partial Regex Statement();
}
