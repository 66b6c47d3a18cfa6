using FluentMigrator;
using ModularShop.BuildingBlocks.Persistence.Migrations;

namespace ModularShop.ArchitectureTests.Violations.Billing.Persistence.Migrations;

/// <summary>Breaks "no migration names another module's schema", once by name and once in SQL.</summary>
[Migration(2026_11_27_01)]
internal sealed class CreateInvoices : ModuleMigration
{
    public override void Up()
    {
        CreateTable("invoices").WithColumn("id").AsGuid().PrimaryKey();
        Create.Table("labels").InSchema("shipping").WithColumn("id").AsGuid().PrimaryKey();
        Execute.Sql("UPDATE catalog.products SET price = 0");
    }

    public override void Down() => DeleteTable("invoices");
}
