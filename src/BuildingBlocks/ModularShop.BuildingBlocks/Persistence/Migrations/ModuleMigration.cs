using FluentMigrator;
using FluentMigrator.Builders.Create.Index;
using FluentMigrator.Builders.Alter.Table;
using FluentMigrator.Builders.Create.Table;
using FluentMigrator.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ModularShop.BuildingBlocks.Persistence.Migrations;

/// <summary>
/// The base of every module migration. It knows the module's table layout, so a migration names tables by their
/// plain names and lands in the module's schema (or, on SQLite, behind the module's prefix) on every database.
/// </summary>
public abstract class ModuleMigration : Migration
{
    private ModuleTableLayout? _layout;

    protected ModuleTableLayout Layout => _layout ?? throw new InvalidOperationException("The table layout is known only while the migration runs.");

    public override void GetUpExpressions(IMigrationContext context)
    {
        _layout = context.ServiceProvider.GetRequiredService<ModuleTableLayout>();
        base.GetUpExpressions(context);
    }

    public override void GetDownExpressions(IMigrationContext context)
    {
        _layout = context.ServiceProvider.GetRequiredService<ModuleTableLayout>();
        base.GetDownExpressions(context);
    }

    /// <summary>The physical name of one of this module's tables.</summary>
    protected string Table(string name) => Layout.Table(name);

    /// <summary>The name of one of this module's tables as SQL of a migration writes it: in its schema where there are schemas.</summary>
    protected string Qualified(string name) => Layout.UsesSchemas ? $"{Layout.Schema}.{Layout.Table(name)}" : Layout.Table(name);

    protected ICreateTableWithColumnSyntax CreateTable(string name) => Create.Table(Layout.Table(name)).InSchema(Layout.Schema);

    protected void DeleteTable(string name) => Delete.Table(Layout.Table(name)).InSchema(Layout.Schema);

    /// <summary>Changes one of this module's tables: add columns to it, or change them.</summary>
    protected IAlterTableAddColumnOrAlterColumnSyntax AlterTable(string name) => Alter.Table(Layout.Table(name)).InSchema(Layout.Schema);

    protected void DeleteColumns(string table, params string[] columns)
    {
        var delete = Delete.Column(columns[0]);
        foreach (var column in columns.Skip(1))
        {
            delete.Column(column);
        }

        delete.FromTable(Layout.Table(table)).InSchema(Layout.Schema);
    }

    /// <summary>Starts an index named after its table and columns; add the columns with OnColumn.</summary>
    protected ICreateIndexOnColumnSyntax CreateIndex(string table, params string[] columns) =>
        Create.Index(Layout.Index(table, columns)).OnTable(Layout.Table(table)).InSchema(Layout.Schema);

    protected void CreateUniqueIndex(string table, params string[] columns)
    {
        var index = CreateIndex(table, columns);
        foreach (var column in columns)
        {
            index.OnColumn(column).Ascending();
        }

        index.WithOptions().Unique();
    }

    protected void DeleteIndex(string table, params string[] columns) =>
        Delete.Index(Layout.Index(table, columns)).OnTable(Layout.Table(table)).InSchema(Layout.Schema);
}
