using FluentMigrator;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.Modules.Inventory.Domain;

namespace ModularShop.Modules.Inventory.Persistence.Migrations;

[Migration(2026_11_27_01, "Stock per product and reservations per order")]
internal sealed class CreateStock : ModuleMigration
{
    public override void Up()
    {
        CreateTable("stock_items")
            .WithColumn("product_id").AsGuid().NotNullable().PrimaryKey()
            .WithColumn("sku").AsString(InventoryTextLengths.Sku).NotNullable()
            .WithColumn("name").AsString(InventoryTextLengths.ProductName).NotNullable()
            .WithColumn("on_hand").AsInt32().NotNullable()
            .WithColumn("reserved").AsInt32().NotNullable()
            .WithColumn("version").AsInt64().NotNullable()
            .WithColumn("updated_at").AsTimestamp(Layout).NotNullable();

        CreateTable("reservations")
            .WithColumn("order_id").AsGuid().NotNullable().PrimaryKey()
            .WithColumn("status").AsString(InventoryTextLengths.ReservationStatus).NotNullable()
            .WithColumn("reason").AsString(InventoryTextLengths.Reason).Nullable()
            .WithColumn("updated_at").AsTimestamp(Layout).NotNullable();

        CreateTable("reservation_lines")
            .WithColumn("order_id").AsGuid().NotNullable().PrimaryKey()
                .ForeignKey($"fk_{Table("reservation_lines")}_reservation", Layout.Schema, Table("reservations"), "order_id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("product_id").AsGuid().NotNullable().PrimaryKey()
            .WithColumn("quantity").AsInt32().NotNullable();
    }

    public override void Down()
    {
        DeleteTable("reservation_lines");
        DeleteTable("reservations");
        DeleteTable("stock_items");
    }
}
