namespace ModularShop.Modules.Payments.Contracts;

/// <summary>The provider refused to take the authorized amount; nothing was taken, and the hold is released.</summary>
public sealed record PaymentCaptureFailed(Guid OrderId, string Reason)
{
    public const string MessageName = "payments.payment-capture-failed.v1";
}
