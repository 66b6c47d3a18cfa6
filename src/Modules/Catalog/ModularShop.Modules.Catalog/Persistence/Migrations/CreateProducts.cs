using FluentMigrator;
using ModularShop.BuildingBlocks.Persistence.Migrations;

namespace ModularShop.Modules.Catalog.Persistence.Migrations;

[Migration(2026_11_27_01, "Products")]
internal sealed class CreateProducts : ModuleMigration
{
    public override void Up()
    {
        CreateTable("products")
            .WithColumn("id").AsGuid().NotNullable().PrimaryKey()
            .WithColumn("sku").AsString(32).NotNullable()
            .WithColumn("name").AsString(200).NotNullable()
            .WithColumn("description").AsString(2000).NotNullable()
            .WithColumn("price_cents").AsInt64().NotNullable()
            .WithColumn("currency").AsFixedLengthString(3).NotNullable()
            .WithColumn("version").AsInt64().NotNullable()
            .WithColumn("created_at").AsTimestamp(Layout).NotNullable()
            .WithColumn("updated_at").AsTimestamp(Layout).NotNullable();
        CreateUniqueIndex("products", "sku");
    }

    public override void Down() => DeleteTable("products");
}
