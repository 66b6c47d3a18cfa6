namespace ModularShop.Modules.Payments.Contracts;

/// <summary>
/// Give the order's money back: refund what was captured, or void what is only authorized. It may overtake the
/// <see cref="CapturePayment"/> it undoes; that capture is then never made. Answered with
/// <see cref="PaymentRefunded"/> when money was taken and is now returned.
/// </summary>
public sealed record RefundPayment(Guid OrderId, string Reason)
{
    public const string MessageName = "payments.refund-payment.v1";
}
