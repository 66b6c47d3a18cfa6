using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Persistence.Migrations;

/// <summary>
/// The card tokens that the code before the move left in <c>orders.payment_token</c>, as the moving steps copy them.
/// A token is needed only while its order is pending: asking for the payment takes it, so the tokens of the orders
/// past that are neither copied nor kept.
/// </summary>
internal static class PaymentTokensInOrders
{
    private const string Pending = nameof(OrderStatus.Pending);

    /// <summary>Copies into <c>held_payment_tokens</c> each token of a pending order that is only in <c>orders</c>; running it twice copies nothing more.</summary>
    public static string CopySql(Func<string, string> qualified) =>
        $"INSERT INTO {qualified("held_payment_tokens")} (order_id, token) " +
        $"SELECT o.id, o.payment_token FROM {qualified("orders")} o " +
        $"WHERE o.status = '{Pending}' AND o.payment_token IS NOT NULL " +
        $"AND NOT EXISTS (SELECT 1 FROM {qualified("held_payment_tokens")} h WHERE h.order_id = o.id)";

    /// <summary>
    /// Forgets the held tokens of orders past pending, which the expand step as first released copied for every order
    /// that had one.
    /// </summary>
    public static string ForgetUsedSql(Func<string, string> qualified) =>
        $"DELETE FROM {qualified("held_payment_tokens")} " +
        $"WHERE order_id IN (SELECT o.id FROM {qualified("orders")} o WHERE o.status <> '{Pending}')";

    /// <summary>Puts each held token back on its order, for the code before the contract step.</summary>
    public static string CopyBackSql(Func<string, string> qualified) =>
        $"UPDATE {qualified("orders")} SET payment_token = " +
        $"(SELECT h.token FROM {qualified("held_payment_tokens")} h WHERE h.order_id = {qualified("orders")}.id)";
}
