using FluentMigrator;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.Modules.Cart.Contracts;

namespace ModularShop.Modules.Ordering.Persistence.Migrations;

/// <summary>Additive: the columns may be empty, so the code before it runs on this schema unchanged.</summary>
[Migration(2026_12_01_01, "Where an order is delivered")]
internal sealed class AddShippingAddress : ModuleMigration
{
    private static readonly string[] Columns =
        ["ship_to_recipient", "ship_to_line1", "ship_to_line2", "ship_to_postal_code", "ship_to_city", "ship_to_country_code"];

    public override void Up() =>
        AlterTable("orders")
            .AddColumn(Columns[0]).AsString(ShippingAddress.MaxRecipientLength).Nullable()
            .AddColumn(Columns[1]).AsString(ShippingAddress.MaxLineLength).Nullable()
            .AddColumn(Columns[2]).AsString(ShippingAddress.MaxLineLength).Nullable()
            .AddColumn(Columns[3]).AsString(ShippingAddress.MaxPostalCodeLength).Nullable()
            .AddColumn(Columns[4]).AsString(ShippingAddress.MaxCityLength).Nullable()
            .AddColumn(Columns[5]).AsFixedLengthString(ShippingAddress.CountryCodeLength).Nullable();

    public override void Down() => DeleteColumns("orders", Columns);
}
