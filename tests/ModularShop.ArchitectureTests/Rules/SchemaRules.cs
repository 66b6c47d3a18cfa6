using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace ModularShop.ArchitectureTests.Rules;

/// <summary>A module's data stays in its schema: in its EF model, its migrations and any SQL it writes by hand.</summary>
public static partial class SchemaRules
{
    /// <summary>Every table of the module's DbContexts is in its own schema (Wolverine's message store excepted).</summary>
    public static IReadOnlyList<string> ModelMapsOnlyItsSchema(ModuleParts module) =>
        module.Models()
            .SelectMany(model => model.Model.GetEntityTypes().Select(entity => (model.Context, Entity: entity)))
            .Where(found => found.Entity.GetTableName() is not null && !IsMessageStore(found.Entity.ClrType))
            .Where(found => found.Entity.GetSchema() != module.Schema)
            .Select(found => $"{found.Context.Name} maps {found.Entity.ClrType.Name} to {found.Entity.GetSchema()}.{found.Entity.GetTableName()}, outside schema {module.Schema}.")
            .ToList();

    /// <summary>No migration and no SQL string of the module names another module's schema (or its SQLite table prefix).</summary>
    public static IReadOnlyList<string> NamesNoOtherSchema(ModuleParts module, IEnumerable<string> otherSchemas)
    {
        var others = otherSchemas.Where(schema => schema != module.Schema).ToList();
        var violations = new List<string>();
        foreach (var (migration, schemas, statements) in MigrationExpressions.Of(module))
        {
            violations.AddRange(schemas.Intersect(others).Select(schema => $"Migration {migration} ({module.Name}) names schema {schema}."));
            violations.AddRange(statements.SelectMany(sql => NamedIn(sql, others)).Select(schema => $"Migration {migration} ({module.Name}) runs SQL on schema {schema}."));
        }

        foreach (var (type, text) in Il.Strings(module.Implementation).Where(found => LooksLikeSql(found.Text)))
        {
            violations.AddRange(NamedIn(text, others).Select(schema => $"{type} ({module.Name}) has SQL naming schema {schema}: \"{text}\""));
        }

        return violations.Distinct().ToList();
    }

    /// <summary>Wolverine's envelope tables, which the kernel maps into every module's model.</summary>
    public static bool IsMessageStore(Type type) =>
        type.Namespace?.StartsWith("Wolverine", StringComparison.Ordinal) == true;

    private static bool LooksLikeSql(string text) => SqlKeyword().IsMatch(text);

    /// <summary>The schemas named in SQL as <c>schema.table</c>, or as SQLite's <c>schema_table</c>.</summary>
    private static IEnumerable<string> NamedIn(string sql, IEnumerable<string> schemas) =>
        schemas.Where(schema => Regex.IsMatch(sql, $@"(?<![\w.""]){Regex.Escape(schema)}""?(\.|_[a-z])", RegexOptions.IgnoreCase));

    [GeneratedRegex(@"\b(select|insert\s+into|update|delete\s+from|from|join|create|alter|drop|truncate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SqlKeyword();
}
