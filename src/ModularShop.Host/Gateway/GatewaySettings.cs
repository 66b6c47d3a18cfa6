using System.ComponentModel.DataAnnotations;

namespace ModularShop.Host.Gateway;

/// <summary>The <c>Gateway</c> section: how the shop forwards calls to modules that run as services elsewhere.</summary>
internal sealed class GatewaySettings
{
    public const string Section = "Gateway";

    /// <summary>How often each instance's /health/ready is asked: often enough that an instance which is stopping (its readiness fails for Shutdown:DrainDelay, 5 s by default) is left alone before it stops serving.</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:10:00")]
    public TimeSpan HealthCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one attempt at a call may take before it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times a call that changes nothing (GET, HEAD, OPTIONS) is tried again on the same instance after a failure, before it is sent once to another instance.</summary>
    [Range(0, 10)]
    public int Retries { get; set; } = 2;

    /// <summary>How long an instance whose calls keep failing is left alone before it is tried again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(10);
}
