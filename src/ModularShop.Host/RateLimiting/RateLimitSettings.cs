using System.ComponentModel.DataAnnotations;
using ModularShop.BuildingBlocks.RateLimiting;

namespace ModularShop.Host.RateLimiting;

/// <summary>
/// The <c>RateLimiting</c> section: how many calls of each kind one client may make to one module in a window.
/// A module may set its own limits under <c>Modules:&lt;Name&gt;:RateLimiting</c>, key by key.
/// </summary>
internal sealed class RateLimitSettings
{
    public const string Section = "RateLimiting";

    /// <summary>The part of a module's section that overrides these limits for that module.</summary>
    public const string ModuleSection = "RateLimiting";

    /// <summary>False: nobody is limited (for a service whose callers are limited before they reach it, say).</summary>
    public bool Enabled { get; set; } = true;

    public RateLimit Reads { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    public RateLimit Writes { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };

    public RateLimit ExpensiveWrites { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    public RateLimit For(string policy) => policy switch
    {
        RateLimitPolicies.Reads => Reads,
        RateLimitPolicies.Writes => Writes,
        RateLimitPolicies.ExpensiveWrites => ExpensiveWrites,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Not a rate limit policy of the shop."),
    };

    public RateLimitSettings Copy() => new()
    {
        Enabled = Enabled,
        Reads = Reads.Copy(),
        Writes = Writes.Copy(),
        ExpensiveWrites = ExpensiveWrites.Copy(),
    };
}

/// <summary>At most <see cref="PermitLimit"/> calls in every <see cref="Window"/>; the next one gets a 429.</summary>
internal sealed class RateLimit
{
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan Window { get; set; }

    public RateLimit Copy() => new() { PermitLimit = PermitLimit, Window = Window };
}
