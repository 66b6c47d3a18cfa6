namespace ModularShop.Modules.Ordering.Persistence.Migrations;

/// <summary>The card tokens that the code before the move left in <c>orders.payment_token</c>, as the moving steps copy them.</summary>
internal static class PaymentTokensInOrders
{
    /// <summary>Copies into <c>held_payment_tokens</c> each token that is only in <c>orders</c>; running it twice copies nothing more.</summary>
    public static string CopySql(Func<string, string> qualified) =>
        $"INSERT INTO {qualified("held_payment_tokens")} (order_id, token) " +
        $"SELECT o.id, o.payment_token FROM {qualified("orders")} o " +
        $"WHERE o.payment_token IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {qualified("held_payment_tokens")} h WHERE h.order_id = o.id)";

    /// <summary>Puts each held token back on its order, for the code before the contract step.</summary>
    public static string CopyBackSql(Func<string, string> qualified) =>
        $"UPDATE {qualified("orders")} SET payment_token = " +
        $"(SELECT h.token FROM {qualified("held_payment_tokens")} h WHERE h.order_id = {qualified("orders")}.id)";
}
