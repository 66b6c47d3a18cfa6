using FluentMigrator.Builders;
using FluentMigrator.Infrastructure;

namespace ModularShop.BuildingBlocks.Persistence.Migrations;

/// <summary>Column types that FluentMigrator does not map the same way on every database.</summary>
public static class ColumnTypes
{
    /// <summary>
    /// A point in time with its offset. SQLite has no such type: EF Core keeps it there as ISO 8601 text,
    /// so the column is text there and a real timestamp type elsewhere.
    /// </summary>
    public static TNext AsTimestamp<TNext>(this IColumnTypeSyntax<TNext> column, ModuleTableLayout layout)
        where TNext : IFluentSyntax =>
        layout.Provider == DatabaseProvider.Sqlite ? column.AsString(48) : column.AsDateTimeOffset();
}
