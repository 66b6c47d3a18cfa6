using FluentMigrator;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.Modules.Catalog.Domain;

namespace ModularShop.Modules.Catalog.Persistence.Migrations;

[Migration(2026_11_27_01, "Products")]
internal sealed class CreateProducts : ModuleMigration
{
    public override void Up()
    {
        CreateTable("products")
            .WithColumn("id").AsGuid().NotNullable().PrimaryKey()
            .WithColumn("sku").AsString(ProductTextLengths.Sku).NotNullable()
            .WithColumn("name").AsString(ProductTextLengths.Name).NotNullable()
            .WithColumn("description").AsString(ProductTextLengths.Description).NotNullable()
            .WithColumn("price_cents").AsInt64().NotNullable()
            .WithColumn("currency").AsFixedLengthString(ProductTextLengths.Currency).NotNullable()
            .WithColumn("version").AsInt64().NotNullable()
            .WithColumn("created_at").AsTimestamp(Layout).NotNullable()
            .WithColumn("updated_at").AsTimestamp(Layout).NotNullable();
        CreateUniqueIndex("products", "sku");
    }

    public override void Down() => DeleteTable("products");
}
