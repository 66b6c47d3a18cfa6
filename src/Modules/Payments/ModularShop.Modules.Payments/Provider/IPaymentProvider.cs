namespace ModularShop.Modules.Payments.Provider;

/// <summary>
/// The card payment provider, at the edge of the shop. Every call carries an idempotency key (the order id): asking
/// twice with the same key authorizes once and answers the same, as real providers promise. Capture and refund are
/// made under the authorization's key: capturing twice captures once and answers the same, refunding twice refunds once.
/// </summary>
internal interface IPaymentProvider
{
    Task<ProviderAnswer> AuthorizeAsync(AuthorizationRequest request, CancellationToken cancellationToken);

    /// <summary>Voids whatever authorization was made under this key; nothing happens if there is none.</summary>
    Task VoidAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Takes the amount authorized under this key; refused when nothing is held under it.</summary>
    Task<CaptureAnswer> CaptureAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Pays back what was captured under this key; nothing happens if nothing was captured.</summary>
    Task RefundAsync(string idempotencyKey, CancellationToken cancellationToken);
}

internal sealed record AuthorizationRequest(string IdempotencyKey, string PaymentToken, decimal Amount, string Currency);

/// <param name="ProviderSilent">No answer came in time: the provider may still authorize later.</param>
internal sealed record ProviderAnswer(bool Approved, string? AuthorizationId, string? Reason, bool ProviderSilent = false)
{
    public static ProviderAnswer Approve(string authorizationId) => new(true, authorizationId, null);

    public static ProviderAnswer Refuse(string reason) => new(false, null, reason);

    public static ProviderAnswer Silent(string reason) => new(false, null, reason, ProviderSilent: true);
}

internal sealed record CaptureAnswer(bool Captured, string? Reason)
{
    public static CaptureAnswer Capture() => new(true, null);

    public static CaptureAnswer Refuse(string reason) => new(false, reason);
}
