using FluentMigrator;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.Modules.Ordering.Domain;
using ModularShop.Modules.Shipping.Contracts;

namespace ModularShop.Modules.Ordering.Persistence.Migrations;

/// <summary>Additive: the columns may be empty, so the code before it runs on this schema unchanged.</summary>
[Migration(2026_12_02_01, "Where an order's parcel stands, and its tracking")]
internal sealed class AddShipmentProgress : ModuleMigration
{
    private static readonly string[] Columns = ["shipment", "carrier", "tracking_number", "packed_at", "shipped_at", "returned_at"];

    public override void Up() =>
        AlterTable("orders")
            .AddColumn(Columns[0]).AsString(OrderTextLengths.ShipmentProgress).Nullable()
            .AddColumn(Columns[1]).AsString(ShipmentShipped.MaxCarrierLength).Nullable()
            .AddColumn(Columns[2]).AsString(ShipmentShipped.MaxTrackingNumberLength).Nullable()
            .AddColumn(Columns[3]).AsTimestamp(Layout).Nullable()
            .AddColumn(Columns[4]).AsTimestamp(Layout).Nullable()
            .AddColumn(Columns[5]).AsTimestamp(Layout).Nullable();

    public override void Down() => DeleteColumns("orders", Columns);
}
