namespace ModularShop.Modules.Payments.Provider;

/// <summary>
/// The card payment provider, at the edge of the shop. Every call carries an idempotency key (the order id): asking
/// twice with the same key authorizes once and answers the same, as real providers promise.
/// </summary>
internal interface IPaymentProvider
{
    Task<ProviderAnswer> AuthorizeAsync(AuthorizationRequest request, CancellationToken cancellationToken);

    /// <summary>Voids whatever authorization was made under this key; nothing happens if there is none.</summary>
    Task VoidAsync(string idempotencyKey, CancellationToken cancellationToken);
}

internal sealed record AuthorizationRequest(string IdempotencyKey, string PaymentToken, decimal Amount, string Currency);

/// <param name="ProviderSilent">No answer came in time: the provider may still authorize later.</param>
internal sealed record ProviderAnswer(bool Approved, string? AuthorizationId, string? Reason, bool ProviderSilent = false)
{
    public static ProviderAnswer Approve(string authorizationId) => new(true, authorizationId, null);

    public static ProviderAnswer Refuse(string reason) => new(false, null, reason);

    public static ProviderAnswer Silent(string reason) => new(false, null, reason, ProviderSilent: true);
}
