using System.Text.RegularExpressions;

namespace ModularShop.SqlServerSchemaTests;

/// <summary>A column as a CREATE TABLE or ALTER TABLE ... ADD statement declares it; the type is upper-cased, as the two generators disagree on case.</summary>
internal sealed record Column(string Name, string Type, bool Nullable)
{
    public override string ToString() => $"{Name} {Type} {(Nullable ? "NULL" : "NOT NULL")}";
}

/// <summary>A table a script creates, by its qualified name (<c>[schema].[table]</c>), with its columns in declared order.</summary>
internal sealed record Table(string Name, IReadOnlyList<Column> Columns);

/// <summary>What a generated script says about its tables, read with regular expressions: enough for these scripts, not a SQL parser.</summary>
internal static partial class Ddl
{
    /// <summary>Every table a statement creates, alters, indexes, references or inserts into, as written: <c>[schema].[table]</c> or a bare <c>[table]</c>.</summary>
    public static IReadOnlyList<string> Targets(string script) =>
        TargetPattern().Matches(script).Select(match => match.Groups["target"].Value).ToList();

    public static IReadOnlyList<string> CreatedSchemas(string script) =>
        CreateSchemaPattern().Matches(script).Select(match => match.Groups["schema"].Value).Distinct().ToList();

    /// <summary>
    /// The tables the script leaves, in the order it creates them, with the columns that later statements add
    /// (<c>ALTER TABLE ... ADD</c>) or drop (<c>ALTER TABLE ... DROP COLUMN</c>) applied in script order.
    /// </summary>
    public static IReadOnlyList<Table> Tables(string script)
    {
        var tables = new List<(string Name, List<Column> Columns)>();
        var statements = CreateTablePattern().Matches(script).Concat(AddColumnPattern().Matches(script)).Concat(DropColumnPattern().Matches(script));
        foreach (var statement in statements.OrderBy(match => match.Index))
        {
            var name = statement.Groups["table"].Value;
            if (statement.Groups["body"].Success)
            {
                tables.Add((name, ColumnPattern().Matches(statement.Groups["body"].Value).Select(ColumnOf).ToList()));
            }
            else if (statement.Groups["dropped"].Success)
            {
                tables.Single(table => table.Name == name).Columns.RemoveAll(column => column.Name == statement.Groups["dropped"].Value);
            }
            else
            {
                tables.Single(table => table.Name == name).Columns.Add(ColumnOf(statement));
            }
        }

        return tables.Select(table => new Table(table.Name, table.Columns)).ToList();
    }

    private static Column ColumnOf(Match column) =>
        new(column.Groups["name"].Value, column.Groups["type"].Value.ToUpperInvariant(), Nullable: column.Groups["notNull"].Value.Length == 0);

    /// <summary>The versions a script records in the version table, in the order it records them.</summary>
    public static IReadOnlyList<long> InsertedVersions(string script, string versionTable) =>
        VersionInsertPattern().Matches(script)
            .Where(match => match.Groups["table"].Value == versionTable)
            .Select(match => long.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    [GeneratedRegex(@"INSERT INTO (?<table>\S+) \(\[version\].*?\) VALUES \((?<version>\d+),")]
    private static partial Regex VersionInsertPattern();

    [GeneratedRegex(@"\b(?:TABLE|INTO|ON|REFERENCES) (?<target>\[\w+\](?:\.\[\w+\])?)")]
    private static partial Regex TargetPattern();

    [GeneratedRegex(@"CREATE SCHEMA \[(?<schema>\w+)\]")]
    private static partial Regex CreateSchemaPattern();

    // The body ends at the first ");" that closes a line: EF Core writes one column a line, FluentMigrator one statement a line.
    [GeneratedRegex(@"CREATE TABLE (?<table>\S+) \((?<body>.*?)\);$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CreateTablePattern();

    [GeneratedRegex(@"ALTER TABLE (?<table>\S+) ADD \[(?<name>\w+)\]\s+(?<type>\w+(?:\(\w+(?:,\s*\w+)?\))?)(?<notNull>\s+NOT NULL)?")]
    private static partial Regex AddColumnPattern();

    [GeneratedRegex(@"ALTER TABLE (?<table>\S+) DROP COLUMN \[(?<dropped>\w+)\]")]
    private static partial Regex DropColumnPattern();

    // A column starts the body or follows a comma; constraints start with CONSTRAINT, so they do not match.
    [GeneratedRegex(@"(?:^|,)\s*\[(?<name>\w+)\]\s+(?<type>\w+(?:\(\w+(?:,\s*\w+)?\))?)(?<notNull>\s+NOT NULL)?")]
    private static partial Regex ColumnPattern();
}
