namespace ModularShop.Modules.Payments.Contracts;

/// <summary>
/// The goods have left: take the authorized amount. Answered with <see cref="PaymentCaptured"/> or
/// <see cref="PaymentCaptureFailed"/>; an order is captured at most once however often this arrives, and not at all
/// once it has been voided or refunded.
/// </summary>
public sealed record CapturePayment(Guid OrderId)
{
    public const string MessageName = "payments.capture-payment.v1";
}
