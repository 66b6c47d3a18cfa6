using FluentMigrator;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.Modules.Cart.Contracts;

namespace ModularShop.Modules.Ordering.Persistence.Migrations;

/// <summary>
/// Contract, the last step: <c>orders.payment_token</c> goes, once no process of the version that writes and reads
/// it is left. An operator runs it after the rollout (<c>migrate Ordering up DropOrdersPaymentToken</c>); the start
/// never does. Down brings the column back with the tokens still held, for that version to run again.
/// </summary>
[ContractStep]
[Migration(2026_12_01_04, "orders.payment_token is dropped (contract)")]
internal sealed class DropOrdersPaymentToken : ModuleMigration
{
    private const string Column = "payment_token";

    public override void Up()
    {
        Execute.Sql(PaymentTokensInOrders.CopySql(Qualified));
        Execute.Sql(PaymentTokensInOrders.ForgetUsedSql(Qualified));
        DeleteColumns("orders", Column);
    }

    public override void Down()
    {
        AlterTable("orders").AddColumn(Column).AsString(CartCheckedOut.MaxPaymentTokenLength).Nullable();
        Execute.Sql(PaymentTokensInOrders.CopyBackSql(Qualified));
    }
}
