using FluentMigrator;
using ModularShop.BuildingBlocks.Persistence.Migrations;

namespace ModularShop.Modules.Payments.Persistence.Migrations;

/// <summary>
/// Additive: the new columns are empty or default to false, so the version before it, which neither captures nor
/// refunds, runs on this schema unchanged.
/// </summary>
[Migration(2026_12_02_01, "When a payment was captured and refunded, and the same in the simulated provider's ledger")]
internal sealed class AddCaptureAndRefund : ModuleMigration
{
    public override void Up()
    {
        AlterTable("payments")
            .AddColumn("captured_at").AsTimestamp(Layout).Nullable()
            .AddColumn("refunded_at").AsTimestamp(Layout).Nullable();

        AlterTable("simulator_ledger")
            .AddColumn("capture_declined").AsBoolean().NotNullable().WithDefaultValue(false)
            .AddColumn("captured_at").AsTimestamp(Layout).Nullable()
            .AddColumn("refunded_at").AsTimestamp(Layout).Nullable();
    }

    public override void Down()
    {
        DeleteColumns("simulator_ledger", "capture_declined", "captured_at", "refunded_at");
        DeleteColumns("payments", "captured_at", "refunded_at");
    }
}
