using FluentMigrator;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.BuildingBlocks.Security;
using ModularShop.Modules.Shipping.Domain;

namespace ModularShop.Modules.Shipping.Persistence.Migrations;

[Migration(2026_12_02_01, "Shipments per order and their lines")]
internal sealed class CreateShipments : ModuleMigration
{
    public override void Up()
    {
        CreateTable("shipments")
            .WithColumn("order_id").AsGuid().NotNullable().PrimaryKey()
            .WithColumn("customer_id").AsString(CustomerIds.MaxLength).Nullable()
            .WithColumn("ship_to_recipient").AsString(ShippingTextLengths.Recipient).Nullable()
            .WithColumn("ship_to_line1").AsString(ShippingTextLengths.AddressLine).Nullable()
            .WithColumn("ship_to_line2").AsString(ShippingTextLengths.AddressLine).Nullable()
            .WithColumn("ship_to_postal_code").AsString(ShippingTextLengths.PostalCode).Nullable()
            .WithColumn("ship_to_city").AsString(ShippingTextLengths.City).Nullable()
            .WithColumn("ship_to_country_code").AsFixedLengthString(ShippingTextLengths.CountryCode).Nullable()
            .WithColumn("status").AsString(ShippingTextLengths.Status).NotNullable()
            .WithColumn("carrier").AsString(ShippingTextLengths.Carrier).Nullable()
            .WithColumn("tracking_number").AsString(ShippingTextLengths.TrackingNumber).Nullable()
            .WithColumn("created_at").AsTimestamp(Layout).NotNullable()
            .WithColumn("packed_at").AsTimestamp(Layout).Nullable()
            .WithColumn("shipped_at").AsTimestamp(Layout).Nullable()
            .WithColumn("returned_at").AsTimestamp(Layout).Nullable()
            .WithColumn("cancelled_at").AsTimestamp(Layout).Nullable()
            .WithColumn("cancellation_reason").AsString(ShippingTextLengths.CancellationReason).Nullable()
            .WithColumn("version").AsInt64().NotNullable()
            .WithColumn("updated_at").AsTimestamp(Layout).NotNullable();

        // The warehouse's list asks for the shipments still to be sent.
        CreateIndex("shipments", "status").OnColumn("status").Ascending();

        CreateTable("shipment_lines")
            .WithColumn("order_id").AsGuid().NotNullable().PrimaryKey()
                .ForeignKey($"fk_{Table("shipment_lines")}_shipment", Layout.Schema, Table("shipments"), "order_id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("number").AsInt32().NotNullable().PrimaryKey()
            .WithColumn("product_id").AsGuid().NotNullable()
            .WithColumn("sku").AsString(ShippingTextLengths.Sku).NotNullable()
            .WithColumn("name").AsString(ShippingTextLengths.ProductName).NotNullable()
            .WithColumn("quantity").AsInt32().NotNullable();
    }

    public override void Down()
    {
        DeleteTable("shipment_lines");
        DeleteIndex("shipments", "status");
        DeleteTable("shipments");
    }
}
