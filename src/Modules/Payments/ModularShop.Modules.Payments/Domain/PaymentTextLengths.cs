namespace ModularShop.Modules.Payments.Domain;

/// <summary>
/// How long the texts of a payment, and of the simulated provider's ledger, may be.
/// The lengths are the current ones, and the migrations that created the columns use them too: to change one,
/// first write its current value into those migrations as a literal, then add a migration that alters the column.
/// </summary>
internal static class PaymentTextLengths
{
    public const int Currency = 3;

    public const int Status = 20;

    public const int AuthorizationId = 100;

    public const int Reason = 500;

    public const int IdempotencyKey = 100;
}
