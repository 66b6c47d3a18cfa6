using System.ComponentModel.DataAnnotations;

namespace ModularShop.Host.Shutdown;

/// <summary>
/// The <c>Shutdown</c> section: how a stop (SIGTERM, a rolling deployment) is spent. First readiness turns unhealthy
/// while the shop still serves, for <see cref="DrainDelay"/>; then requests in flight get <see cref="RequestGracePeriod"/>;
/// then messages being handled get up to <see cref="MessageGracePeriod"/> in each of Wolverine's two drain phases
/// (listeners, then local queues). The defaults add up to 25 s, inside Kubernetes' default grace period of 30 s.
/// </summary>
internal sealed class ShutdownSettings
{
    public const string Section = "Shutdown";

    /// <summary>How long readiness says "unavailable" before the shop stops taking requests: longer than the gateway's or a load balancer's probe interval.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan DrainDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long requests in flight may take to finish once no new ones are taken.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestGracePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long handlers of messages may take to finish, per drain phase; what is not finished goes back to the store for another process.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan MessageGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest a stop can take, for an orchestrator's grace period: a few seconds more than this are enough.</summary>
    public TimeSpan Longest => DrainDelay + RequestGracePeriod + (2 * MessageGracePeriod);
}
