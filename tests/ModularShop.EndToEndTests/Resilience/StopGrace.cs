using System.Globalization;

namespace ModularShop.EndToEndTests.Resilience;

/// <summary>
/// The shutdown settings of the tests that stop processes under load: short enough for a test, long enough for the
/// gateway's probes (every second in those tests) to see readiness fail before the process stops serving.
/// </summary>
internal static class StopGrace
{
    private static readonly TimeSpan DrainDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RequestGracePeriod = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MessageGracePeriod = TimeSpan.FromSeconds(5);

    public static string[] Settings { get; } =
    [
        $"--Shutdown:DrainDelay={Format(DrainDelay)}",
        $"--Shutdown:RequestGracePeriod={Format(RequestGracePeriod)}",
        $"--Shutdown:MessageGracePeriod={Format(MessageGracePeriod)}",
    ];

    /// <summary>The longest a stop with these settings may take, as <c>ShutdownSettings.Longest</c> counts it.</summary>
    public static TimeSpan Longest { get; } = DrainDelay + RequestGracePeriod + (2 * MessageGracePeriod);

    private static string Format(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
