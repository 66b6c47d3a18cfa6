using System.Diagnostics;

namespace ModularShop.Host.Logging;

/// <summary>
/// ASP.NET Core starts an Activity for a request only while something listens to its activity source. The correlation
/// id is that activity's trace id, so the shop listens itself, for as long as the process runs, instead of depending on
/// whether some library has subscribed by the time the first request comes in.
/// </summary>
internal static class RequestActivities
{
    private const string AspNetCoreSource = "Microsoft.AspNetCore";

    private static readonly Lazy<ActivityListener> Listener = new(() =>
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AspNetCoreSource,

            // Enough for a trace id and its propagation to messages; recording spans is an exporter's business.
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    });

    public static void EnsureListening() => _ = Listener.Value;
}
