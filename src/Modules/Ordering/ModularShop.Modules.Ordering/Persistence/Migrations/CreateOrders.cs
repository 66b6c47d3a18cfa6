using FluentMigrator;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.BuildingBlocks.Security;
using ModularShop.Modules.Cart.Contracts;
using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Persistence.Migrations;

[Migration(2026_11_27_01, "Orders and their lines")]
internal sealed class CreateOrders : ModuleMigration
{
    public override void Up()
    {
        CreateTable("orders")
            .WithColumn("id").AsGuid().NotNullable().PrimaryKey()
            .WithColumn("customer_id").AsString(CustomerIds.MaxLength).NotNullable()
            .WithColumn("status").AsString(OrderTextLengths.Status).NotNullable()
            .WithColumn("total_cents").AsInt64().NotNullable()
            .WithColumn("currency").AsFixedLengthString(OrderTextLengths.Currency).NotNullable()
            .WithColumn("payment_token").AsString(CartCheckedOut.MaxPaymentTokenLength).Nullable()
            .WithColumn("cancellation_reason").AsString(OrderTextLengths.CancellationReason).Nullable()
            .WithColumn("placed_at").AsTimestamp(Layout).NotNullable()
            .WithColumn("updated_at").AsTimestamp(Layout).NotNullable()
            .WithColumn("confirmed_at").AsTimestamp(Layout).Nullable()
            .WithColumn("cancelled_at").AsTimestamp(Layout).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        CreateIndex("orders", "customer_id").OnColumn("customer_id").Ascending();

        CreateTable("order_lines")
            .WithColumn("order_id").AsGuid().NotNullable().PrimaryKey()
                .ForeignKey($"fk_{Table("order_lines")}_order", Layout.Schema, Table("orders"), "id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("product_id").AsGuid().NotNullable().PrimaryKey()
            .WithColumn("sku").AsString(OrderTextLengths.Sku).NotNullable()
            .WithColumn("name").AsString(OrderTextLengths.ProductName).NotNullable()
            .WithColumn("unit_price_cents").AsInt64().NotNullable()
            .WithColumn("quantity").AsInt32().NotNullable();
    }

    public override void Down()
    {
        DeleteTable("order_lines");
        DeleteTable("orders");
    }
}
