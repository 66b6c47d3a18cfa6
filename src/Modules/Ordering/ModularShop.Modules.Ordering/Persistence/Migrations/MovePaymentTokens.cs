using FluentMigrator;
using ModularShop.BuildingBlocks.Persistence.Migrations;

namespace ModularShop.Modules.Ordering.Persistence.Migrations;

/// <summary>
/// Migrate the data, the second step: the code of this step reads card tokens only from <c>held_payment_tokens</c>,
/// so it copies there the tokens that the version before the expand step left in <c>orders.payment_token</c> while
/// it still ran, for the orders still pending, and forgets the tokens of orders past that. The version it runs beside
/// writes both, so nothing is left behind after it.
/// </summary>
[Migration(2026_12_01_03, "Card tokens left on orders move to held_payment_tokens")]
internal sealed class MovePaymentTokens : ModuleMigration
{
    public override void Up()
    {
        Execute.Sql(PaymentTokensInOrders.CopySql(Qualified));
        Execute.Sql(PaymentTokensInOrders.ForgetUsedSql(Qualified));
    }

    // The tokens stay where they were copied to; the column still holds them too.
    public override void Down()
    {
    }
}
