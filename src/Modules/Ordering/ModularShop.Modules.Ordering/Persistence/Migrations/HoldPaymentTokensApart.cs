using FluentMigrator;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.Modules.Cart.Contracts;

namespace ModularShop.Modules.Ordering.Persistence.Migrations;

/// <summary>
/// Expand, the first step of moving card tokens out of <c>orders</c>: a table of their own, which the code of this
/// step writes beside <c>orders.payment_token</c> and reads first. The version before knows nothing of it and
/// keeps working. The tokens already held are copied now; those that the version before stores in the column
/// meanwhile are copied by the next step.
/// </summary>
[Migration(2026_12_01_02, "Card tokens in a table of their own (expand)")]
internal sealed class HoldPaymentTokensApart : ModuleMigration
{
    public override void Up()
    {
        CreateTable("held_payment_tokens")
            .WithColumn("order_id").AsGuid().NotNullable().PrimaryKey()
                .ForeignKey($"fk_{Table("held_payment_tokens")}_order", Layout.Schema, Table("orders"), "id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("token").AsString(CartCheckedOut.MaxPaymentTokenLength).NotNullable();
        Execute.Sql(PaymentTokensInOrders.CopySql(Qualified));
    }

    public override void Down() => DeleteTable("held_payment_tokens");
}
