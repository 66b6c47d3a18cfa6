using Yarp.ReverseProxy.Model;

namespace ModularShop.Host.Gateway;

/// <summary>
/// How the gateway sees one instance of a module that runs elsewhere, in the words that readiness and the
/// operators' API both show.
/// </summary>
internal static class InstanceHealth
{
    /// <summary>The last probe answered, and no call failed since.</summary>
    public const string Healthy = "healthy";

    /// <summary>The last probe answered, but calls to it failed: it takes none until it recovers.</summary>
    public const string FailingCalls = "failing calls";

    /// <summary>The last probe failed: it takes no calls.</summary>
    public const string Unhealthy = "unhealthy";

    /// <summary>Found, and not probed yet.</summary>
    public const string NotProbedYet = "not probed yet";

    public static string Of(DestinationState instance) => instance.Health.Active switch
    {
        DestinationHealth.Healthy => instance.Health.Passive == DestinationHealth.Unhealthy ? FailingCalls : Healthy,
        DestinationHealth.Unhealthy => Unhealthy,
        _ => NotProbedYet,
    };
}
