using System.Text.RegularExpressions;

namespace ModularShop.SqlServerSchemaTests;

/// <summary>A column as a CREATE TABLE statement declares it; the type is upper-cased, as the two generators disagree on case.</summary>
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

    /// <summary>The tables the script creates, in the order it creates them.</summary>
    public static IReadOnlyList<Table> Tables(string script) =>
        CreateTablePattern().Matches(script)
            .Select(table => new Table(
                table.Groups["table"].Value,
                ColumnPattern().Matches(table.Groups["body"].Value)
                    .Select(column => new Column(
                        column.Groups["name"].Value,
                        column.Groups["type"].Value.ToUpperInvariant(),
                        Nullable: column.Groups["notNull"].Value.Length == 0))
                    .ToList()))
            .ToList();

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

    // A column starts the body or follows a comma; constraints start with CONSTRAINT, so they do not match.
    [GeneratedRegex(@"(?:^|,)\s*\[(?<name>\w+)\]\s+(?<type>\w+(?:\(\w+(?:,\s*\w+)?\))?)(?<notNull>\s+NOT NULL)?")]
    private static partial Regex ColumnPattern();
}
