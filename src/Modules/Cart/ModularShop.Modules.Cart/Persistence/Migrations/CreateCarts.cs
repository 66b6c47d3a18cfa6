using FluentMigrator;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.BuildingBlocks.Security;
using ModularShop.Modules.Cart.Domain;

namespace ModularShop.Modules.Cart.Persistence.Migrations;

[Migration(2026_11_27_01, "Carts, their lines, and Cart's copy of the catalog")]
internal sealed class CreateCarts : ModuleMigration
{
    public override void Up()
    {
        CreateTable("products")
            .WithColumn("product_id").AsGuid().NotNullable().PrimaryKey()
            .WithColumn("sku").AsString(CartTextLengths.Sku).NotNullable()
            .WithColumn("name").AsString(CartTextLengths.ProductName).NotNullable()
            .WithColumn("price_cents").AsInt64().NotNullable()
            .WithColumn("currency").AsFixedLengthString(CartTextLengths.Currency).NotNullable()
            .WithColumn("version").AsInt64().NotNullable()
            .WithColumn("updated_at").AsTimestamp(Layout).NotNullable();

        CreateTable("carts")
            .WithColumn("customer_id").AsString(CustomerIds.MaxLength).NotNullable().PrimaryKey()
            .WithColumn("currency").AsFixedLengthString(CartTextLengths.Currency).Nullable()
            .WithColumn("version").AsInt64().NotNullable()
            .WithColumn("updated_at").AsTimestamp(Layout).NotNullable();

        CreateTable("cart_lines")
            .WithColumn("customer_id").AsString(CustomerIds.MaxLength).NotNullable().PrimaryKey()
                .ForeignKey($"fk_{Table("cart_lines")}_cart", Layout.Schema, Table("carts"), "customer_id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("product_id").AsGuid().NotNullable().PrimaryKey()
            .WithColumn("quantity").AsInt32().NotNullable()
            .WithColumn("added_at").AsTimestamp(Layout).NotNullable();
    }

    public override void Down()
    {
        DeleteTable("cart_lines");
        DeleteTable("carts");
        DeleteTable("products");
    }
}
