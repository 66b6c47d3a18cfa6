using FluentMigrator;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.BuildingBlocks.Security;
using ModularShop.Modules.Payments.Domain;

namespace ModularShop.Modules.Payments.Persistence.Migrations;

[Migration(2026_11_27_01, "Payments per order, and the simulated provider's ledger")]
internal sealed class CreatePayments : ModuleMigration
{
    public override void Up()
    {
        CreateTable("payments")
            .WithColumn("order_id").AsGuid().NotNullable().PrimaryKey()
            .WithColumn("customer_id").AsString(CustomerIds.MaxLength).NotNullable()
            .WithColumn("amount_cents").AsInt64().NotNullable()
            .WithColumn("currency").AsString(PaymentTextLengths.Currency).NotNullable()
            .WithColumn("status").AsString(PaymentTextLengths.Status).NotNullable()
            .WithColumn("authorization_id").AsString(PaymentTextLengths.AuthorizationId).Nullable()
            .WithColumn("reason").AsString(PaymentTextLengths.Reason).Nullable()
            .WithColumn("version").AsInt64().NotNullable()
            .WithColumn("updated_at").AsTimestamp(Layout).NotNullable();

        CreateTable("simulator_ledger")
            .WithColumn("idempotency_key").AsString(PaymentTextLengths.IdempotencyKey).NotNullable().PrimaryKey()
            .WithColumn("amount_cents").AsInt64().NotNullable()
            .WithColumn("currency").AsFixedLengthString(PaymentTextLengths.Currency).NotNullable()
            .WithColumn("approved").AsBoolean().NotNullable()
            .WithColumn("authorization_id").AsString(PaymentTextLengths.AuthorizationId).Nullable()
            .WithColumn("reason").AsString(PaymentTextLengths.Reason).Nullable()
            .WithColumn("voided").AsBoolean().NotNullable()
            .WithColumn("at").AsTimestamp(Layout).NotNullable();
    }

    public override void Down()
    {
        DeleteTable("simulator_ledger");
        DeleteTable("payments");
    }
}
