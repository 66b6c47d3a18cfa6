namespace ModularShop.Modules.Payments.Contracts;

/// <summary>The order's amount has been taken from the card.</summary>
public sealed record PaymentCaptured(Guid OrderId, decimal Amount, string Currency, DateTimeOffset CapturedAt)
{
    public const string MessageName = "payments.payment-captured.v1";
}
