using Microsoft.Extensions.Options;

namespace ModularShop.Modules.Payments.Features;

/// <summary>
/// Waits for the provider at most <see cref="PaymentsOptions.ProviderTimeout"/>. Past the deadline it throws a
/// <see cref="TimeoutException"/>: a capture or refund, safe to ask again under its key, is then tried again by the
/// bus; an authorization takes the silence as its answer.
/// </summary>
internal sealed class ProviderDeadline(IOptions<PaymentsOptions> options, TimeProvider clock)
{
    public async Task<T> WaitAsync<T>(string call, Func<CancellationToken, Task<T>> ask, CancellationToken cancellationToken)
    {
        var timeout = options.Value.ProviderTimeout;
        using var deadline = new CancellationTokenSource(timeout, clock);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await ask(waiting.Token);
        }
        catch (OperationCanceledException exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The payment provider did not answer the {call} within {timeout.TotalSeconds:0.#} s.", exception);
        }
    }

    public Task WaitAsync(string call, Func<CancellationToken, Task> ask, CancellationToken cancellationToken) =>
        WaitAsync(call, async waiting =>
        {
            await ask(waiting);
            return true;
        }, cancellationToken);
}
