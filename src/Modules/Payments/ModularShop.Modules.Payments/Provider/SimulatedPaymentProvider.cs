using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Payments.Persistence;

namespace ModularShop.Modules.Payments.Provider;

/// <summary>
/// A stand-in for a real card provider, with test tokens that behave like a real provider's:
/// <c>tok_visa</c> is approved, <c>tok_decline</c> is declined, <c>tok_timeout</c> never answers,
/// <c>tok_capture_decline</c> is approved but its capture is refused by the issuer, and any other token is refused.
/// Capture and refund are made under the authorization's key, once each however often they are asked for.
/// </summary>
internal sealed class SimulatedPaymentProvider(
    IServiceScopeFactory scopes,
    IOptions<PaymentsOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider clock) : IPaymentProvider
{
    public const string ApprovedToken = "tok_visa";
    public const string DeclinedToken = "tok_decline";
    public const string SilentToken = "tok_timeout";
    public const string CaptureDeclinedToken = "tok_capture_decline";

    public Task<ProviderAnswer> AuthorizeAsync(AuthorizationRequest request, CancellationToken cancellationToken) =>
        Received(stopped => ProcessAsync(request, stopped), cancellationToken);

    public Task<CaptureAnswer> CaptureAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        Received(stopped => CaptureOnceAsync(idempotencyKey, stopped), cancellationToken);

    public Task RefundAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        Received(stopped => RefundOnceAsync(idempotencyKey, stopped), cancellationToken);

    private Task<T> Received<T>(Func<CancellationToken, Task<T>> process, CancellationToken cancellationToken)
    {
        // Like a real provider, the simulator goes on with a request it has received whether or not the caller still
        // waits for the answer: a caller that gives up may still find the card authorized or captured later. It goes
        // on while the shop stops, too, as a provider elsewhere would, and ends only with the process.
        var processing = Slowly(process, lifetime.ApplicationStopped);
        processing.ContinueWith(task => _ = task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return processing.WaitAsync(cancellationToken);
    }

    private async Task<T> Slowly<T>(Func<CancellationToken, Task<T>> process, CancellationToken cancellationToken)
    {
        if (options.Value.SimulatorLatency > TimeSpan.Zero)
        {
            await Task.Delay(options.Value.SimulatorLatency, cancellationToken);
        }

        return await process(cancellationToken);
    }

    private async Task<ProviderAnswer> ProcessAsync(AuthorizationRequest request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        var earlier = await db.SimulatorLedger.FindAsync([request.IdempotencyKey], cancellationToken);
        if (earlier is not null)
        {
            return earlier.Answer();
        }

        if (request.PaymentToken == SilentToken)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }

        var answer = request.PaymentToken switch
        {
            ApprovedToken or CaptureDeclinedToken => ProviderAnswer.Approve($"auth_{Guid.CreateVersion7():N}"),
            DeclinedToken => ProviderAnswer.Refuse("The card was declined."),
            _ => ProviderAnswer.Refuse("The payment token is not valid."),
        };
        db.SimulatorLedger.Add(new SimulatedCharge
        {
            IdempotencyKey = request.IdempotencyKey,
            Amount = request.Amount,
            Currency = request.Currency,
            Approved = answer.Approved,
            AuthorizationId = answer.AuthorizationId,
            Reason = answer.Reason,
            CaptureDeclined = request.PaymentToken == CaptureDeclinedToken,
            At = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return answer;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // The same key came in twice at once; the first one's answer is the answer.
            return await ProcessAsync(request, cancellationToken);
        }
    }

    public async Task VoidAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        var charge = await db.SimulatorLedger.FindAsync([idempotencyKey], cancellationToken);
        // Once the amount is taken there is no hold left to release: only a refund gives it back.
        if (charge is { Approved: true, Voided: false, CapturedAt: null })
        {
            charge.Voided = true;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<CaptureAnswer> CaptureOnceAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        var charge = await db.SimulatorLedger.FindAsync([idempotencyKey], cancellationToken);
        switch (charge)
        {
            case null or { Approved: false }:
                return CaptureAnswer.Refuse("Nothing is authorized under this key.");
            case { CaptureDeclined: true }:
                return CaptureAnswer.Refuse("The card issuer refused the capture.");
            case { CapturedAt: not null }:
                return CaptureAnswer.Capture();
            case { Voided: true }:
                return CaptureAnswer.Refuse("The authorization was voided.");
        }

        charge.CapturedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return CaptureAnswer.Capture();
    }

    private async Task<bool> RefundOnceAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        var charge = await db.SimulatorLedger.FindAsync([idempotencyKey], cancellationToken);
        if (charge is not { CapturedAt: not null, RefundedAt: null })
        {
            return false;
        }

        charge.RefundedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
