using FluentMigrator;
using ModularShop.BuildingBlocks.Persistence.Migrations;

namespace ModularShop.Modules.Payments.Persistence.Migrations;

[Migration(2026_11_27_01, "Payments per order, and the simulated provider's ledger")]
internal sealed class CreatePayments : ModuleMigration
{
    public override void Up()
    {
        CreateTable("payments")
            .WithColumn("order_id").AsGuid().NotNullable().PrimaryKey()
            .WithColumn("customer_id").AsString(200).NotNullable()
            .WithColumn("amount_cents").AsInt64().NotNullable()
            .WithColumn("currency").AsString(3).NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("authorization_id").AsString(100).Nullable()
            .WithColumn("reason").AsString(500).Nullable()
            .WithColumn("version").AsInt64().NotNullable()
            .WithColumn("updated_at").AsTimestamp(Layout).NotNullable();

        CreateTable("simulator_ledger")
            .WithColumn("idempotency_key").AsString(100).NotNullable().PrimaryKey()
            .WithColumn("amount_cents").AsInt64().NotNullable()
            .WithColumn("currency").AsFixedLengthString(3).NotNullable()
            .WithColumn("approved").AsBoolean().NotNullable()
            .WithColumn("authorization_id").AsString(100).Nullable()
            .WithColumn("reason").AsString(500).Nullable()
            .WithColumn("voided").AsBoolean().NotNullable()
            .WithColumn("at").AsTimestamp(Layout).NotNullable();
    }

    public override void Down()
    {
        DeleteTable("simulator_ledger");
        DeleteTable("payments");
    }
}
