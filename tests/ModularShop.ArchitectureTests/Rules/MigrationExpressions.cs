using System.Collections;
using FluentMigrator;
using FluentMigrator.Expressions;
using FluentMigrator.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Persistence;

namespace ModularShop.ArchitectureTests.Rules;

/// <summary>
/// A module's migrations as FluentMigrator describes them before any SQL is generated: every schema named in their
/// expressions (tables, indexes, foreign keys...) and every SQL statement they run, up and down.
/// </summary>
internal static class MigrationExpressions
{
    public static IEnumerable<(string Migration, IReadOnlySet<string> Schemas, IReadOnlyList<string> Statements)> Of(ModuleParts module)
    {
        using var services = new ServiceCollection()
            .AddSingleton(new ModuleTableLayout(module.Schema, DatabaseProvider.PostgreSql))
            .BuildServiceProvider();
        foreach (var type in module.Implementation.Types.Where(type => typeof(IMigration).IsAssignableFrom(type) && !type.IsAbstract))
        {
            var migration = (IMigration)Activator.CreateInstance(type, nonPublic: true)!;
            var up = new MigrationContext(null!, services, null);
            var down = new MigrationContext(null!, services, null);
            migration.GetUpExpressions(up);
            migration.GetDownExpressions(down);
            var expressions = up.Expressions.Concat(down.Expressions).ToList();
            var schemas = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var expression in expressions)
            {
                CollectSchemas(expression, schemas, []);
            }

            var statements = expressions.OfType<ExecuteSqlStatementExpression>().Select(statement => statement.SqlStatement).ToList();
            yield return (type.Name, schemas, statements);
        }
    }

    /// <summary>Every string property whose name says it is a schema, here and in the FluentMigrator objects below.</summary>
    private static void CollectSchemas(object node, HashSet<string> schemas, HashSet<object> seen)
    {
        if (!seen.Add(node))
        {
            return;
        }

        foreach (var property in node.GetType().GetProperties().Where(property => property.GetIndexParameters().Length == 0))
        {
            var value = property.GetValue(node);
            switch (value)
            {
                case string text when property.Name.Contains("Schema", StringComparison.Ordinal) && text.Length > 0:
                    schemas.Add(text);
                    break;
                case string:
                    break;
                case IEnumerable items:
                    foreach (var item in items.OfType<object>().Where(IsFluentMigratorModel))
                    {
                        CollectSchemas(item, schemas, seen);
                    }

                    break;
                case not null when IsFluentMigratorModel(value):
                    CollectSchemas(value, schemas, seen);
                    break;
            }
        }
    }

    private static bool IsFluentMigratorModel(object value) =>
        value.GetType().Namespace?.StartsWith("FluentMigrator", StringComparison.Ordinal) == true && !value.GetType().IsEnum;
}
