using System.ComponentModel.DataAnnotations;

namespace ModularShop.Modules.Payments;

/// <summary>The <c>Modules:Payments</c> section.</summary>
internal sealed class PaymentsOptions
{
    /// <summary>How long to wait for the provider before giving the payment up as not authorized.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ProviderTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// After the provider failed to answer in time, how long to wait before voiding again whatever it may have
    /// authorized after all.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan LateAuthorizationCheckDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the simulated provider takes to answer, to make a slow provider reproducible.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan SimulatorLatency { get; set; } = TimeSpan.Zero;
}
